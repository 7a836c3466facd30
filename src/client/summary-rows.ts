import type { ProjectResult, ResourceCounts } from '../ingest/workflows/types.js';

/** The resource kinds a summary shows, in order. */
export const SUMMARY_RESOURCES = ['instances', 'disks', 'networks'] as const;

/** One project's line of a run summary. */
export interface SummaryRow {
  project: string;
  status: ProjectResult['status'];
  counts: Record<
    (typeof SUMMARY_RESOURCES)[number],
    Pick<ResourceCounts, 'created' | 'changed' | 'deleted'> | undefined
  >;
  errorType: string;
}

/** Summary rows of project results. */
export function summaryRows(projects: readonly ProjectResult[]): SummaryRow[] {
  return projects.map((p) => ({
    project: p.projectId,
    status: p.status,
    counts: {
      instances: p.resources.instances,
      disks: p.resources.disks,
      networks: p.resources.networks,
    },
    errorType: p.error?.type ?? '',
  }));
}

/** `+created ~changed -deleted`, or empty when the resource was not ingested. */
export function formatCounts(
  counts: Pick<ResourceCounts, 'created' | 'changed' | 'deleted'> | undefined,
): string {
  return counts ? `+${counts.created} ~${counts.changed} -${counts.deleted}` : '';
}
