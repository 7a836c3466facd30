import { ApplicationFailure, sleep } from '@temporalio/workflow';
import { proxySessionActivities, type Session } from '../../sessions/workflow/index.js';
import type {
  IngestInput,
  IngestKindsActivities,
  IngestKindsInput,
  IngestResult,
  KindFailure,
} from './types.js';

/** Attempts per kind, as the per-kind activities' retry policy had (6). */
export const MAX_KIND_ATTEMPTS = 6;

/** The wait before a kind's attempt `n + 1`: 2 s doubling to at most 1 min (the per-kind activities' backoff). */
function kindRetryDelayMs(attempt: number): number {
  return Math.min(60_000, 2_000 * 2 ** (attempt - 1));
}

/**
 * A project body that ingests `kinds` through IngestComputeKinds calls in the session: one call for every kind
 * still to do, then, after a backoff, one for the kinds that failed retryably, up to MAX_KIND_ATTEMPTS. A kind
 * that succeeded is never ingested again, not even when the session is lost and the body runs again in a new one
 * (the body keeps its results across sessions). A permanent failure, or a kind out of attempts, fails the body
 * with that kind's failure type once the call's other kinds have finished. The provider's permanent failure types
 * are not retried.
 */
export function kindBatches(
  kinds: readonly IngestKindsInput['kinds'][number][],
  concurrency: number,
  permanentFailures: readonly string[],
): (session: Session, input: IngestInput) => Promise<IngestResult[]> {
  const done = new Map<string, IngestResult>();
  const attempts = new Map<string, number>();
  return async (session, input) => {
    const ingest = proxySessionActivities<IngestKindsActivities>(session, {
      startToCloseTimeout: '6h',
      heartbeatTimeout: '2m',
      retry: {
        initialInterval: '2s',
        maximumInterval: '1m',
        maximumAttempts: MAX_KIND_ATTEMPTS,
        nonRetryableErrorTypes: [...permanentFailures],
      },
    });
    let pending = kinds.filter((k) => !done.has(k));
    while (pending.length) {
      const outcome = await ingest.IngestComputeKinds({ ...input, kinds: pending, concurrency });
      for (const r of outcome.results) done.set(r.plural, r);
      for (const f of outcome.failures) attempts.set(f.plural, (attempts.get(f.plural) ?? 0) + 1);
      const fatal =
        outcome.failures.find((f) => !f.retryable) ??
        outcome.failures.find((f) => (attempts.get(f.plural) ?? 0) >= MAX_KIND_ATTEMPTS);
      if (fatal) throw kindFailed(fatal);
      pending = outcome.failures.map((f) => f.plural as IngestKindsInput['kinds'][number]);
      if (pending.length)
        await sleep(kindRetryDelayMs(Math.max(...pending.map((k) => attempts.get(k) ?? 1))));
    }
    return kinds.map((k) => done.get(k)!);
  };
}

function kindFailed(f: KindFailure): ApplicationFailure {
  return ApplicationFailure.create({
    type: f.type,
    message: `${f.plural}: ${f.message}`,
    nonRetryable: true,
  });
}
