import { renderTable } from '../cli/output/table.js';
import type { InventoryResult } from '../ingest/workflows/types.js';

interface SummaryRow {
  project: string;
  status: string;
  instances: number;
  disks: number;
  networks: number;
  new: number;
  changed: number;
  deleted: number;
}

const KINDS = ['instances', 'disks', 'networks'] as const;

/** Per-project rows of an inventory result: resources listed per kind and new / changed / deleted over all kinds. */
export function summaryRows(result: InventoryResult): SummaryRow[] {
  const rows = result.projects.map((p) => {
    const counts = KINDS.map((k) => p.resources[k]);
    const sum = (field: 'created' | 'changed' | 'deleted') =>
      counts.reduce((n, c) => n + (c?.[field] ?? 0), 0);
    return {
      project: p.projectId,
      status: p.status,
      instances: p.resources.instances?.listed ?? 0,
      disks: p.resources.disks?.listed ?? 0,
      networks: p.resources.networks?.listed ?? 0,
      new: sum('created'),
      changed: sum('changed'),
      deleted: sum('deleted'),
    };
  });
  const total = (field: Exclude<keyof SummaryRow, 'project' | 'status'>) =>
    rows.reduce((n, r) => n + r[field], 0);
  return [
    ...rows.sort((a, b) => a.project.localeCompare(b.project)),
    {
      project: 'total',
      status: result.status,
      instances: total('instances'),
      disks: total('disks'),
      networks: total('networks'),
      new: total('new'),
      changed: total('changed'),
      deleted: total('deleted'),
    },
  ];
}

/** The summary table printed after each sync. */
export function renderSummary(result: InventoryResult): string {
  const keys = ['project', 'status', 'instances', 'disks', 'networks', 'new', 'changed', 'deleted'] as const;
  return renderTable(
    summaryRows(result),
    keys.map((k) => ({ header: k, value: (r: SummaryRow) => r[k] })),
  );
}
