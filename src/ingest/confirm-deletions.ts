import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import { scopeFencedType } from './scope-lease.js';
import type { ListContext, ResourceDefinition, StoredRef } from '../provider/resource.js';

/** What the deletion checks found: ids proven gone, objects still there, and checks that proved nothing. */
export interface Confirmation {
  gone: string[];
  present: unknown[];
  unconfirmed: { id: string; error: string }[];
  calls: number;
}

/**
 * Gets every candidate again (through the same paced, retrying caller as the listing, `concurrency` at a time):
 * only Google's not-found proves a deletion; a live object (or its re-created namesake) is returned to be
 * written; a check that fails for good leaves its resource in place, one that may succeeds later fails the attempt.
 */
export async function confirmDeletions(
  resource: ResourceDefinition,
  client: unknown,
  ctx: ListContext,
  candidates: readonly StoredRef[],
  concurrency = 4,
): Promise<Confirmation> {
  const result: Confirmation = { gone: [], present: [], unconfirmed: [], calls: 0 };
  const before = ctx.api.calls;
  let next = 0;
  const worker = async () => {
    while (next < candidates.length) {
      const ref = candidates[next++]!;
      try {
        const found = await resource.get(client, ctx, ref);
        if (found === 'gone') result.gone.push(ref.id);
        else {
          result.present.push(found);
          if (resource.identify(found) !== ref.id) result.gone.push(ref.id);
        }
      } catch (err) {
        if (endsTheAttempt(err)) throw err;
        result.unconfirmed.push({ id: ref.id, error: (err as Error).message });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, candidates.length) }, worker));
  result.calls = ctx.api.calls - before;
  return result;
}

/**
 * Cancellation, fencing and a failure that may pass (retryable, after the caller's own retries) end the attempt,
 * which the workflow retries; a permanent failure of a check only leaves its resource in place.
 */
function endsTheAttempt(err: unknown): boolean {
  return (
    err instanceof CancelledFailure ||
    (err instanceof ApplicationFailure && (err.type === scopeFencedType || !err.nonRetryable))
  );
}
