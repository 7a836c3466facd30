import { WorkflowFailedError, type WorkflowHandle } from '@temporalio/client';
import { failureOf } from '../ingest/workflows/failure-of.js';
import type { InventoryResult, ProjectResult } from '../ingest/workflows/types.js';

/** A project workflow's result; a failed run (a permanent Google error) becomes a `failed` result naming the failure type. */
export async function projectOutcome(projectId: string, handle: WorkflowHandle): Promise<ProjectResult> {
  try {
    return (await handle.result()) as ProjectResult;
  } catch (err) {
    if (!(err instanceof WorkflowFailedError)) throw err;
    return { projectId, status: 'failed', resources: {}, error: failureOf(err) };
  }
}

/** Process exit code for an overall status: 0 ok, 2 partial, 1 failed. */
export function exitCodeFor(status: InventoryResult['status']): number {
  return status === 'ok' ? 0 : status === 'partial' ? 2 : 1;
}
