/** Pure bookkeeping of GCPInventoryWorkflow: totals, status, and project lists bounded in count and bytes. */
import type { InventoryCarry, InventoryTotals, ProjectResult } from './types.js';

/** Bytes the result's and carry's project sample may take: 5 projects of 41 kinds (payloads stay below 64 KB). */
export const DETAIL_BYTES = 36_000;
/** Bytes the progress query's `recent` list may take. */
export const RECENT_BYTES = 16_000;
/** Most entries of the progress query's `recent` list. */
export const RECENT_COUNT = 50;

/** A new run's carry. */
export function newCarry(runId: string, startedAt: string): InventoryCarry {
  return {
    runId,
    startedAt,
    total: 0,
    done: 0,
    totals: { ok: 0, partial: 0, failed: 0, resources: {} },
    projects: [],
    failuresByType: {},
    detailOmitted: false,
  };
}

/** Counts a finished project into the carry; keeps it in the sample while the sample has room. */
export function recordProject(carry: InventoryCarry, result: ProjectResult, detailLimit: number): void {
  carry.done++;
  addTotals(carry.totals, result);
  if (result.status === 'failed') {
    const type = result.error?.type ?? 'Error';
    carry.failuresByType[type] = (carry.failuresByType[type] ?? 0) + 1;
  }
  const wanted = carry.total <= detailLimit || result.status !== 'ok';
  if (!wanted) {
    carry.detailOmitted = true;
    return;
  }
  const fits =
    carry.projects.length < detailLimit && sizeOf(carry.projects) + sizeOf(result) + 1 <= DETAIL_BYTES;
  if (fits) carry.projects.push(result);
  else carry.detailOmitted = true;
}

/** Appends to the newest-last `recent` list, dropping the oldest beyond RECENT_COUNT or RECENT_BYTES. */
export function pushRecent(recent: ProjectResult[], result: ProjectResult): void {
  recent.push(result);
  while (recent.length > RECENT_COUNT || (recent.length > 1 && sizeOf(recent) > RECENT_BYTES)) recent.shift();
}

/** The run's status: failed when every project failed, partial when some did or were partial. */
export function overallStatus(totals: InventoryTotals, total: number): 'ok' | 'partial' | 'failed' {
  if (totals.failed === total && total > 0) return 'failed';
  return totals.failed || totals.partial ? 'partial' : 'ok';
}

/** JSON size of a value in UTF-16 units (an upper bound's proxy for its payload size). */
function sizeOf(value: unknown): number {
  return JSON.stringify(value).length;
}

function addTotals(totals: InventoryTotals, result: ProjectResult) {
  totals[result.status]++;
  for (const [plural, counts] of Object.entries(result.resources)) {
    const t = (totals.resources[plural] ??= {
      listed: 0,
      created: 0,
      changed: 0,
      unchanged: 0,
      deleted: 0,
      apiCalls: 0,
      rejected: 0,
      confirmCalls: 0,
      held: 0,
    });
    t.listed += counts.listed;
    t.created += counts.created;
    t.changed += counts.changed;
    t.unchanged += counts.unchanged;
    t.deleted += counts.deleted;
    t.apiCalls += counts.apiCalls;
    t.rejected += counts.rejected ?? 0;
    t.confirmCalls += counts.confirmCalls ?? 0;
    t.held += counts.held ?? 0;
  }
}
