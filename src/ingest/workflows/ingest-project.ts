import {
  ApplicationFailure,
  CancellationScope,
  isCancellation,
  log,
  proxyActivities,
  workflowInfo,
} from '@temporalio/workflow';
import {
  closeSessionClient,
  proxySessionActivities,
  runInSession,
  type Session,
} from '../../sessions/workflow/index.js';
import {
  type ComputeInput,
  type IngestActivities,
  type IngestInput,
  type IngestResult,
  type ProjectResult,
  type ProjectActivities,
  type RunActivities,
  type ScopeInput,
  type ScopeResult,
} from './types.js';
import { failureOf } from './failure-of.js';
import { settleLimited } from './settle-limited.js';

const runs = proxyActivities<RunActivities & ProjectActivities>({
  startToCloseTimeout: '1m',
  retry: { maximumAttempts: 10 },
});

/** The name of a session activity that syncs one kind of a scope. */
export type Step = keyof IngestActivities;

/** What ingests a scope inside its session: returns one result per kind; may run again in a new session. */
export type ProjectBody = (session: Session, input: IngestInput) => Promise<IngestResult[]>;

/**
 * Ingests one scope in a session with `body` (see stepWaves, kindBatches).
 * A lost session is re-created on another worker and the (idempotent) body runs again; a permanent
 * provider error fails the workflow at once with its type. A failure, cancellation included, is recorded in the
 * store (the scope's running scopes of `kinds`, all without, and the run when standalone) before the workflow ends.
 */
export async function ingestProject(
  input: ScopeInput,
  body: ProjectBody,
  kinds?: string[],
): Promise<ScopeResult> {
  const info = workflowInfo();
  const standalone = input.runId === undefined;
  const runId = input.runId ?? info.firstExecutionRunId;
  const startedAt = new Date(info.startTime).toISOString();
  try {
    if (standalone) {
      await runs.RecordRunStarted({
        runId,
        workflowId: info.workflowId,
        workflowType: info.workflowType,
        scopeCount: 1,
        projectCount: 1,
        startedAt,
      });
    }
    const results = await runInSession(
      {
        taskQueue: info.taskQueue,
        creationTimeout: input.sessionCreationTimeout ?? '1h',
        executionTimeout: '6h',
        heartbeatTimeout: input.sessionHeartbeatTimeout ?? '30s',
      },
      (session) =>
        body(session, {
          scope: input.scope,
          projectId: input.scope,
          runId,
          ...(input.allowMassDeletion ? { allowMassDeletion: true } : {}),
        }),
    );
    const result = scopeResult(input.scope, results);
    if (standalone) await runs.RecordRunFinished({ runId, status: result.status, summary: result });
    return result;
  } catch (err) {
    const error = failureOf(err);
    await CancellationScope.nonCancellable(async () => {
      await runs.RecordProjectFailed({
        runId,
        scope: input.scope,
        projectId: input.scope,
        ...(kinds ? { kinds } : {}),
        error,
      });
      if (standalone) {
        const summary: ScopeResult = { scope: input.scope, status: 'failed', resources: {}, error };
        await runs.RecordRunFinished({ runId, status: 'failed', summary });
      }
    });
    if (isCancellation(err)) throw err;
    throw ApplicationFailure.create({
      type: error.type,
      message: `${input.scope}: ${error.message}`,
      nonRetryable: true,
      cause: err instanceof Error ? err : undefined,
    });
  }
}

/** ingestProject for a GCP project: the scope is the project, and the result says `projectId` as GCP's payloads do. */
export async function ingestGcpProject(
  input: ComputeInput,
  body: ProjectBody,
  kinds?: string[],
): Promise<ProjectResult> {
  const { projectId, ...rest } = input;
  const { scope: _scope, ...result } = await ingestProject({ ...rest, scope: projectId }, body, kinds);
  return { projectId, ...result };
}

/**
 * The body before kind batches: each wave of `Ingest<Plural>` activities in turn, at most `concurrency` of a wave
 * at once (default: the whole wave), then CloseSessionClient; the provider's permanent failure types are not retried.
 */
export function stepWaves(
  waves: Step[][],
  permanentFailures: readonly string[],
  concurrency = Infinity,
): ProjectBody {
  return (session, input) => runSteps(session, input, waves, permanentFailures, concurrency);
}

async function runSteps(
  session: Session,
  input: IngestInput,
  waves: Step[][],
  permanentFailures: readonly string[],
  concurrency: number,
) {
  const ingest = proxySessionActivities<IngestActivities>(session, {
    startToCloseTimeout: '2h',
    heartbeatTimeout: '2m',
    retry: {
      initialInterval: '2s',
      maximumInterval: '1m',
      maximumAttempts: 6,
      nonRetryableErrorTypes: [...permanentFailures],
    },
  });
  try {
    const results: IngestResult[] = [];
    for (const wave of waves)
      results.push(...(await runWave(wave, concurrency, (step) => ingest[step](input))));
    return results;
  } finally {
    if (session.state === 'open') {
      await CancellationScope.nonCancellable(() => closeSessionClient(session)).catch((err: unknown) =>
        log.warn('CloseSessionClient failed', { error: String(err) }),
      );
    }
  }
}

/** A scope's result from its resources' results. */
function scopeResult(scope: string, results: IngestResult[]): ScopeResult {
  const resources: ScopeResult['resources'] = {};
  for (const { kind: _kind, plural, status: _status, ...counts } of results) resources[plural] = counts;
  return { scope, status: results.some((r) => r.status === 'partial') ? 'partial' : 'ok', resources };
}

/** A failed project's result (see failureOf). */
export function failedProject(projectId: string, err: unknown): ProjectResult {
  return { projectId, status: 'failed', resources: {}, error: failureOf(err) };
}

/** Runs every step of a wave, at most `concurrency` at once; waits for all, then throws the first failure. */
async function runWave(
  steps: Step[],
  concurrency: number,
  run: (step: Step) => Promise<IngestResult>,
): Promise<IngestResult[]> {
  const settled = await settleLimited(steps, concurrency, run);
  const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (rejected) throw rejected.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<IngestResult>).value);
}
