import { renderTable } from '../cli/output/table.js';
import { computeResources } from '../gcp/compute/registry.js';
import type { ProjectResult, ResourceCounts } from '../ingest/workflows/types.js';

/** One line of a run summary: resources listed per kind, new / changed / deleted over all kinds, the error. */
export interface SummaryRow {
  project: string;
  status: string;
  listed: Record<string, number>;
  new: number;
  changed: number;
  deleted: number;
  error: string;
}

const kinds = computeResources.map((r) => r.plural);

function row(
  project: string,
  status: string,
  resources: Record<string, ResourceCounts>,
  error = '',
): SummaryRow {
  const counts = Object.values(resources);
  const sum = (field: 'created' | 'changed' | 'deleted') => counts.reduce((n, c) => n + c[field], 0);
  const listed = Object.fromEntries(kinds.map((k) => [k, resources[k]?.listed ?? 0]));
  return {
    project,
    status,
    listed,
    new: sum('created'),
    changed: sum('changed'),
    deleted: sum('deleted'),
    error,
  };
}

/** Per-project rows, sorted, and a total row carrying the run's status. */
export function summaryRows(projects: readonly ProjectResult[], overall: string): SummaryRow[] {
  const rows = projects
    .map((p) => row(p.projectId, p.status, p.resources, p.error ? `${p.error.type}: ${p.error.message}` : ''))
    .sort((a, b) => a.project.localeCompare(b.project));
  if (rows.length < 2) return rows;
  const total = row('total', overall, {});
  for (const r of rows) {
    for (const k of kinds) total.listed[k] = (total.listed[k] ?? 0) + (r.listed[k] ?? 0);
    total.new += r.new;
    total.changed += r.changed;
    total.deleted += r.deleted;
  }
  return [...rows, total];
}

/** The summary table printed after a sync by `hotpot ingest` and `hotpot dev`. */
export function renderSummary(projects: readonly ProjectResult[], overall: string): string {
  return renderTable(summaryRows(projects, overall), [
    { header: 'project', value: (r) => r.project },
    { header: 'status', value: (r) => r.status },
    ...kinds.map((k) => ({ header: k, value: (r: SummaryRow) => r.listed[k] ?? 0, align: 'right' as const })),
    { header: 'new', value: (r) => r.new, align: 'right' },
    { header: 'changed', value: (r) => r.changed, align: 'right' },
    { header: 'deleted', value: (r) => r.deleted, align: 'right' },
    { header: 'error', value: (r) => r.error },
  ]);
}

/** One finished project as a progress line: `p  ok  instances +1 ~2 -0  disks +0 ~0 -1 …` or its error. */
export function progressLine(p: ProjectResult): string {
  const counts = kinds
    .filter((k) => p.resources[k])
    .map((k) => {
      const c = p.resources[k]!;
      return `${k} +${c.created} ~${c.changed} -${c.deleted}`;
    });
  return [p.projectId, p.status, ...counts, p.error ? `${p.error.type}: ${p.error.message}` : '']
    .filter(Boolean)
    .join('  ');
}
