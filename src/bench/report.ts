import type { TypeListCheck } from './calls-by-type.js';
import { consoleTargetLine } from './console-list.js';
import { formatMetricsChecks, type MetricsSummaryCheck } from './metrics-check.js';
import type { PhaseResult } from './phase.js';
import type { ServicesEstateFigures } from './services-phase.js';
import { formatServicesEstate, type EstateComparison } from './services-report.js';
import { formatResourceLines, type ResourceLines } from './resource-lines.js';
import { formatCallsByType, formatListChecks } from './type-report.js';
import type { StorageFigures } from './storage.js';

/** The ratios the targets are stated in; null when a phase was skipped. */
export interface BenchRatios {
  /** Over the slower of floor A (API) and floor C (COPY); floor B where there is no floor C (PGlite). */
  firstSyncOverSlowerFloor: number | null;
  firstSyncOverFloorB: number | null;
  resyncUnchangedOverFirstSync: number | null;
  resyncMutatedOverFirstSync: number | null;
  naiveOverFirstSync: number | null;
  pgliteOverPostgresFirstSync: number | null;
  /** Latency phases (`--latency`): one worker's wall time over the latency floor (target ≤ 1.2). */
  latencyOneWorkerOverFloor?: number | null;
  /** Two workers' wall time over one worker's, on the same estate and latency. */
  latencyTwoWorkersOverOne?: number | null;
}

/** Structural checks of the first sync: list calls per type per project and client constructions. */
export interface BenchChecks {
  listCalls: TypeListCheck[];
  clientConstructionsPerProject: number | null;
  /** Per sync: the worker's `/metrics` resource counters grew by exactly the run summary's counts. */
  metricsVsSummary: MetricsSummaryCheck[];
}

/** Everything one bench run measured. */
export interface BenchReport {
  startedAt: string;
  totalMs: number;
  options: Record<string, unknown>;
  estate: { projects: number; instances: number; networks: number; resources: number };
  /** Lines of TypeScript per resource folder, fixtures and tests left out. */
  resourceLines: ResourceLines[];
  machine: { node: string; cpus: number; memoryGb: number };
  phases: PhaseResult[];
  ratios: BenchRatios;
  checks: BenchChecks;
  /** Bytes on disk per resource and per history version (PostgreSQL only). */
  storage: StorageFigures[];
  /** The worker process's RSS once it polls, before the first phase (MB). */
  workerIdleRssMb: number | null;
  /** The same estate with every service enabled: its counts and list-call checks. */
  servicesEstate?: ServicesEstateFigures;
  /** The Compute-only estate and the estate with services, side by side. */
  estateComparison?: EstateComparison;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** The target ratios from the phases present. */
export function benchRatios(phases: PhaseResult[]): BenchRatios {
  const find = (prefix: string) => phases.find((p) => p.name.startsWith(prefix));
  const first =
    phases.find((p) => p.name.startsWith('first sync') && !p.name.includes('pglite')) ?? find('first sync');
  const floorC = find('floor C');
  const floors = phases.filter((p) => p.name.startsWith(floorC ? 'floor A' : 'floor') || p === floorC);
  const ratio = (a: PhaseResult | undefined, b: PhaseResult | undefined) =>
    a && b && b.wallMs > 0 ? round2(a.wallMs / b.wallMs) : null;
  const slower = floors.length ? floors.reduce((x, y) => (y.wallMs > x.wallMs ? y : x)) : undefined;
  const pg = phases.find((p) => p.name === 'first sync (postgres)');
  return {
    firstSyncOverSlowerFloor: ratio(first, slower),
    firstSyncOverFloorB: ratio(first, find('floor B')),
    resyncUnchangedOverFirstSync: ratio(find('re-sync unchanged'), first),
    resyncMutatedOverFirstSync: ratio(find('re-sync after'), first),
    naiveOverFirstSync: ratio(find('naive'), first),
    pgliteOverPostgresFirstSync: ratio(
      phases.find((p) => p.name === 'first sync (pglite)'),
      pg,
    ),
    ...latencyRatios(phases),
  };
}

function latencyRatios(phases: PhaseResult[]): Partial<BenchRatios> {
  const one = phases.find((p) => p.name.startsWith('latency') && p.name.endsWith('1 worker'));
  const two = phases.find((p) => p.name.startsWith('latency') && p.name.endsWith('2 workers'));
  if (!one) return {};
  return {
    latencyOneWorkerOverFloor: one.latencyFloorMs ? round2(one.wallMs / one.latencyFloorMs) : null,
    latencyTwoWorkersOverOne: two ? round2(two.wallMs / one.wallMs) : null,
  };
}

/** The first sync's list-call checks per type and its client constructions per project. */
export function benchChecks(
  listCalls: TypeListCheck[],
  projects: string[],
  first: PhaseResult,
  metricsVsSummary: MetricsSummaryCheck[],
): BenchChecks {
  return {
    listCalls,
    metricsVsSummary,
    clientConstructionsPerProject:
      first.clientConstructions === null ? null : round2(first.clientConstructions / projects.length),
  };
}

/** The report as a fixed-width table with the ratios and checks below it. */
export function formatReport(report: BenchReport): string {
  const head = [
    'phase',
    'wall s',
    'res',
    'res/s',
    'API calls',
    'clients',
    'peak RSS MB',
    'parent events',
    'runs',
    'max payload B',
  ];
  const dash = (v: number | null) => (v === null ? '-' : String(v));
  const rows = report.phases.map((p) => [
    p.name,
    (p.wallMs / 1000).toFixed(1),
    String(p.resources),
    String(p.resourcesPerSec),
    String(p.apiCalls),
    dash(p.clientConstructions),
    dash(p.workerPeakRssMb),
    dash(p.parentHistoryEvents),
    dash(p.parentRuns),
    dash(p.largestPayloadBytes),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  for (const p of report.phases) if (p.note) out.push(`note (${p.name}): ${p.note}`);
  out.push(...formatCallsByType(report.phases));
  out.push(...formatCpu(report.phases));
  out.push('', 'ratios:');
  for (const [k, v] of Object.entries(report.ratios)) out.push(`  ${k}: ${v ?? '-'}`);
  out.push('checks:', ...formatListChecks(report.checks.listCalls));
  out.push(`  client constructions per project: ${report.checks.clientConstructionsPerProject ?? '-'}`);
  out.push(...formatMetricsChecks(report.checks.metricsVsSummary));
  if (report.servicesEstate && report.estateComparison)
    out.push(...formatServicesEstate(report.estateComparison, report.servicesEstate));
  out.push(...consoleTargetLine(report.phases));
  out.push(...formatResourceLines(report.resourceLines));
  out.push(`worker idle RSS MB: ${report.workerIdleRssMb ?? '-'}`);
  for (const s of report.storage) {
    out.push(
      `storage after ${s.after}: current ${mb(s.currentBytes)} MB for ${s.resources} resources (${s.bytesPerResource ?? '-'} B each), history ${mb(s.historyBytes)} MB for ${s.versions} versions (${s.bytesPerVersion ?? '-'} B each)`,
    );
  }
  return out.join('\n');
}

/** Each sync phase's CPU by process: seconds, ms per scope and ms per 1,000 resources. */
function formatCpu(phases: readonly PhaseResult[]): string[] {
  const out: string[] = [];
  for (const p of phases) {
    const cpu = p.cpuMs;
    if (!cpu) continue;
    const parts: [string, number | null][] = [
      ['worker', cpu.workerMs],
      ['PostgreSQL', cpu.postgresMs],
      ['Temporal', cpu.temporalMs],
    ];
    const known = parts.filter((x): x is [string, number] => x[1] !== null);
    const per = (n: number, by: number | undefined) => (by ? (n / by).toFixed(2) : '-');
    out.push(
      `cpu (${p.name}): ${known.map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(', ')}; per scope ${known
        .map(([, ms]) => per(ms, p.scopes))
        .join(
          ' / ',
        )} ms; per 1,000 resources ${known.map(([, ms]) => per(ms * 1000, p.resources)).join(' / ')} ms`,
    );
  }
  return out;
}
