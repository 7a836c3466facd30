import { ApplicationFailure, CancelledFailure, Context } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import type { ResourceDefinition } from '../provider/resource.js';
import { EmptyScopeBatch } from './empty-scopes.js';
import { settleLimited } from './workflows/settle-limited.js';
import {
  MAX_ERROR_MESSAGE,
  type IngestInput,
  type IngestKindsInput,
  type IngestKindsResult,
  type IngestResult,
  type KindFailure,
} from './workflows/types.js';

/** Failure type of a kinds activity call naming a kind this worker does not declare. */
const unknownKindType = 'HotpotUnknownKind';

/** How often a batch heartbeats while its kinds wait for a scope slot or a lease. */
const HEARTBEAT_EVERY_MS = 10_000;

type IngestOne = (
  resource: ResourceDefinition,
  input: IngestInput,
  progress: (p: { pages: number; listed: number }) => void,
  batch: EmptyScopeBatch,
) => Promise<IngestResult>;

/**
 * A provider's kinds activity (IngestComputeKinds): syncs each requested kind as its own scope (lease, run record, metrics),
 * `concurrency` at a time, and reports every kind's result or failure instead of failing on the first one, so the
 * workflow retries only the kinds that failed. Heartbeats carry each kind's progress. A cancellation ends the
 * whole call. The kinds that held no rows share one `EmptyScopeBatch`: those that stay empty are recorded together
 * at the end of the call.
 */
export async function ingestKinds(
  db: Kysely<unknown>,
  resources: readonly ResourceDefinition[],
  input: IngestKindsInput,
  ingestOne: IngestOne,
  permanentFailures: readonly string[],
): Promise<IngestKindsResult> {
  const ctx = Context.current();
  const wanted = input.kinds.map((plural) => {
    const resource = resources.find((r) => r.plural === plural);
    if (!resource)
      throw ApplicationFailure.nonRetryable(`no resource kind '${plural}' on this worker`, unknownKindType);
    return resource;
  });
  const { kinds: _kinds, concurrency, ...one } = input;
  const batch = await EmptyScopeBatch.begin(db, wanted, { runId: one.runId, scope: one.scope });
  const progress: Record<string, { pages: number; listed: number }> = {};
  const beat = () => ctx.heartbeat({ progress });
  const timer = setInterval(beat, HEARTBEAT_EVERY_MS);
  try {
    const settled = await settleLimited(wanted, concurrency, async (resource) => {
      if (ctx.cancellationSignal.aborted) throw new CancelledFailure('ingestion cancelled');
      return ingestOne(
        resource,
        one,
        (p) => {
          progress[resource.plural] = p;
          beat();
        },
        batch,
      );
    });
    const deferred = new Set(batch.deferredKinds);
    const unrecorded = await batch.flush().then(
      () => undefined,
      (err: unknown) => err,
    );
    if (ctx.cancellationSignal.aborted) throw new CancelledFailure('ingestion cancelled');
    const result: IngestKindsResult = { results: [], failures: [] };
    settled.forEach((s, i) => {
      const resource = wanted[i]!;
      if (unrecorded !== undefined && deferred.has(resource.kind))
        result.failures.push(kindFailure(resource, unrecorded, []));
      else if (s.status === 'fulfilled') result.results.push(s.value);
      else result.failures.push(kindFailure(resource, s.reason, permanentFailures));
    });
    return result;
  } finally {
    clearInterval(timer);
  }
}

/** A kind's failure as the workflow sees it: the ApplicationFailure's type, or the error's name; retryable unless permanent. */
function kindFailure(
  resource: ResourceDefinition,
  err: unknown,
  permanentFailures: readonly string[],
): KindFailure {
  const failure = err instanceof ApplicationFailure ? err : undefined;
  const type = failure?.type ?? (err instanceof Error ? err.name : 'Error');
  const message = err instanceof Error ? err.message : String(err);
  return {
    kind: resource.kind,
    plural: resource.plural,
    type,
    message: message.length > MAX_ERROR_MESSAGE ? `${message.slice(0, MAX_ERROR_MESSAGE - 1)}…` : message,
    retryable: !(failure?.nonRetryable || permanentFailures.includes(type)),
  };
}
