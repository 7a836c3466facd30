import { computeKinds } from '../gcp/compute/kinds.js';
import { serviceKinds } from '../gcp/services/kinds.js';
import type { InventoryResult } from '../ingest/workflows/types.js';

/** Outcomes compared between the worker's `/metrics` and a run's summary. */
const outcomes = ['listed', 'created', 'changed', 'deleted', 'rejected', 'held'] as const;

/** `hotpot_resources_total` summed over projects: plural → outcome → count. */
export type ResourceCounters = Record<string, Record<string, number>>;

/** One sync's comparison: what the worker's counters grew by against the run's summary, kind by kind. */
export interface MetricsSummaryCheck {
  phase: string;
  /** Kind × outcome pairs compared. */
  compared: number;
  /** `instances created: metrics 10, summary 12`, for each pair that differs. */
  mismatches: string[];
}

const pluralOf = new Map<string, string>([...computeKinds, ...serviceKinds].map((k) => [k.kind, k.plural]));
const sample = /^hotpot_resources_total\{([^}]*)\} (\S+)$/gm;

/** Scrapes a worker's `/metrics` and sums `hotpot_resources_total` per kind and outcome. */
export async function scrapeResourceCounters(url: string): Promise<ResourceCounters> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const out: ResourceCounters = {};
  for (const [, labels, value] of (await response.text()).matchAll(sample)) {
    const label = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(labels ?? '')?.[1] ?? '';
    const plural = pluralOf.get(label('kind')) ?? label('kind');
    const perKind = (out[plural] ??= {});
    perKind[label('outcome')] = (perKind[label('outcome')] ?? 0) + Number(value);
  }
  return out;
}

/** Compares the counters' growth over one sync with that sync's summary totals, for every kind in either. */
export function compareWithSummary(
  phase: string,
  before: ResourceCounters,
  after: ResourceCounters,
  result: InventoryResult,
): MetricsSummaryCheck {
  const kinds = new Set([...Object.keys(result.totals.resources), ...Object.keys(after)]);
  const mismatches: string[] = [];
  let compared = 0;
  for (const kind of kinds)
    for (const outcome of outcomes) {
      const grew = (after[kind]?.[outcome] ?? 0) - (before[kind]?.[outcome] ?? 0);
      const summary = result.totals.resources[kind]?.[outcome] ?? 0;
      compared++;
      if (grew !== summary) mismatches.push(`${kind} ${outcome}: metrics ${grew}, summary ${summary}`);
    }
  return { phase, compared, mismatches };
}

/** Report lines: one per sync, `ok` or its mismatches. */
export function formatMetricsChecks(checks: MetricsSummaryCheck[]): string[] {
  return checks.map(
    (c) =>
      `  /metrics resources listed/created/changed/deleted/rejected/held = summary (${c.phase}): ` +
      (c.mismatches.length ? `OFF: ${c.mismatches.join('; ')}` : `ok (${c.compared} kind × outcome pairs)`),
  );
}
