import { GCPInventoryWorkflow } from '../ingest/workflows/gcp-inventory.workflow.js';
import { progressQuery } from '../ingest/workflows/names.js';
import type { Client } from '@temporalio/client';
import type { InventoryResult } from '../ingest/workflows/types.js';
import type { Progress } from './progress.js';

/** Runs one GCPInventoryWorkflow over `projectIds` (or the projects discovered under `parents`), showing per-project progress until it finishes. */
export async function runInventory(
  client: Client,
  taskQueue: string,
  projectIds: string[],
  progress: Progress,
  parents?: string[],
): Promise<InventoryResult> {
  const handle = await client.workflow.start(GCPInventoryWorkflow, {
    taskQueue,
    workflowId: `gcp-inventory/dev-${new Date().toISOString().replace(/[:.]/g, '-')}`,
    args: [parents ? { parents } : { projectIds }],
  });
  const result = handle.result();
  let finished = false;
  void result.finally(() => (finished = true)).catch(() => undefined);
  while (!finished) {
    await Promise.race([result.catch(() => undefined), new Promise((r) => setTimeout(r, 500))]);
    if (finished) break;
    try {
      const p = await handle.query(progressQuery);
      const running = p.running.length > 0 ? ` (syncing ${p.running.join(', ')})` : '';
      progress.status(`sync: ${p.done}/${p.total} projects done${running}`);
    } catch {
      progress.status('sync: starting…');
    }
  }
  const done = await result;
  progress.line(
    `sync: ${done.projectCount}/${done.projectCount} projects done, run ${done.runId} ${done.status}`,
  );
  return done;
}
