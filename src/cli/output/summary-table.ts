import { computeKinds } from '../../gcp/compute/kinds.js';
import { gcpServices, serviceKinds } from '../../gcp/services/kinds.js';
import type { ProjectResult, ResourceCounts, ScopeResult } from '../../ingest/workflows/types.js';
import { renderTable } from './table.js';

type Field = 'listed' | 'created' | 'changed' | 'deleted' | 'held' | 'rejected' | 'apiCalls';

/** One line of a run summary: a project (or kind) and its counts over all kinds (or projects). */
export interface SummaryRow {
  name: string;
  status: string;
  counts: Record<Field, number>;
  error: string;
}

/** A finished scope as a summary shows it: a GCP project's result names it `projectId`, the other providers' `scope`. */
export type SummaryInput = (ScopeResult | ProjectResult) &
  Pick<ProjectResult, 'skippedServices' | 'failedServices'>;

const nameOf = (p: SummaryInput): string => ('scope' in p ? p.scope : p.projectId);

const serviceNames = gcpServices.map((s) => s.name);
const fields: Field[] = ['listed', 'created', 'changed', 'deleted', 'held', 'rejected', 'apiCalls'];
const kinds = [...computeKinds, ...serviceKinds].map((k) => k.plural as string);

function sum(all: readonly Partial<ResourceCounts>[]): Record<Field, number> {
  return Object.fromEntries(fields.map((f) => [f, all.reduce((n, c) => n + (c[f] ?? 0), 0)])) as Record<
    Field,
    number
  >;
}

/** Per-project rows, sorted, and a total row carrying the run's status. */
function summaryRows(projects: readonly SummaryInput[], overall: string): SummaryRow[] {
  const rows = projects
    .map((p) => ({
      name: nameOf(p),
      status: p.status,
      counts: sum(Object.values(p.resources)),
      error: [
        p.error && `${p.error.type}: ${p.error.message}`,
        ...(p.failedServices ?? []).map((f) => `${f.service}: ${f.type}: ${f.message}`),
      ]
        .filter(Boolean)
        .join('; '),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (rows.length < 2) return rows;
  return [...rows, { name: 'total', status: overall, counts: sum(rows.map((r) => r.counts)), error: '' }];
}

/** Per-kind rows over all projects, in registry order, for kinds the run touched. */
function kindRows(projects: readonly SummaryInput[]): SummaryRow[] {
  return kinds
    .map((kind) => {
      const of = projects.flatMap((p) => (p.resources[kind] ? [p.resources[kind]] : []));
      return { name: kind, status: '', counts: sum(of), error: '', seen: of.length };
    })
    .filter((r) => r.seen > 0);
}

const numberColumns = (label: (f: Field) => string) =>
  fields
    .filter((f) => f !== 'apiCalls')
    .map((f) => ({ header: label(f), value: (r: SummaryRow) => r.counts[f], align: 'right' as const }));

/**
 * The summary printed after a sync by `hotpot ingest` and `hotpot dev`: one row per project (resources, new,
 * changed, deleted, held, rejected, error) and, below, the same counts per kind.
 */
export function renderSummary(projects: readonly SummaryInput[], overall: string): string {
  const rename = (f: Field) => (f === 'listed' ? 'resources' : f === 'created' ? 'new' : f);
  const byProject = renderTable(summaryRows(projects, overall), [
    { header: projects.some((p) => 'scope' in p) ? 'scope' : 'project', value: (r) => r.name },
    { header: 'status', value: (r) => r.status },
    ...numberColumns(rename),
    { header: 'error', value: (r) => r.error },
  ]);
  const skipped = skippedLines(projects);
  const byKind = kindRows(projects);
  if (!byKind.length) return `${byProject}${skipped}`;
  const perKind = renderTable(byKind, [
    { header: 'kind', value: (r) => r.name },
    ...numberColumns((f) => (f === 'created' ? 'new' : f)),
    { header: 'api calls', value: (r) => r.counts.apiCalls, align: 'right' },
  ]);
  return `${byProject}${skipped}\n\n${perKind}`;
}

/**
 * A line per project that syncs some services beyond Compute and skips others (disabled in Service Usage); a
 * project with all of them disabled is a Compute-only project and is not mentioned.
 */
function skippedLines(projects: readonly SummaryInput[]): string {
  const lines = projects
    .filter((p) => p.skippedServices?.length && p.skippedServices.length < serviceNames.length)
    .map(
      (p) => `\n${nameOf(p)}: services disabled in Service Usage, skipped: ${p.skippedServices!.join(', ')}`,
    );
  return lines.length ? `\n${lines.join('')}` : '';
}

/** One finished project as a progress line: `p  ok  +12 ~3 -1` (new, changed, deleted over all kinds) or its error. */
export function progressLine(p: SummaryInput): string {
  const c = sum(Object.values(p.resources));
  const counts = Object.keys(p.resources).length ? `+${c.created} ~${c.changed} -${c.deleted}` : '';
  const held = c.held ? `held ${c.held}` : '';
  return [nameOf(p), p.status, counts, held, p.error ? `${p.error.type}: ${p.error.message}` : '']
    .filter(Boolean)
    .join('  ');
}
