import { WorkflowFailedError, type WorkflowHandle } from '@temporalio/client';
import { failureOf } from '../ingest/workflows/failure-of.js';
import type { InventoryResult, ProjectResult, ScopeResult } from '../ingest/workflows/types.js';

/**
 * A single-scope workflow's result (a GCP project's names it `projectId`, the other providers' `scope`); a failed
 * run (a permanent API error) becomes a `failed` result naming the failure type, under the same name.
 */
export async function projectOutcome(
  scope: string,
  handle: WorkflowHandle,
  gcp = false,
): Promise<ProjectResult | ScopeResult> {
  try {
    return (await handle.result()) as ProjectResult | ScopeResult;
  } catch (err) {
    if (!(err instanceof WorkflowFailedError)) throw err;
    const failed = { status: 'failed' as const, resources: {}, error: failureOf(err) };
    return gcp ? { projectId: scope, ...failed } : { scope, ...failed };
  }
}

/** Process exit code for an overall status: 0 ok, 2 partial, 1 failed. */
export function exitCodeFor(status: InventoryResult['status']): number {
  return status === 'ok' ? 0 : status === 'partial' ? 2 : 1;
}
