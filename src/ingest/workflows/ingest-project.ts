import { ApplicationFailure, proxyActivities, workflowInfo, log } from '@temporalio/workflow';
import {
  closeSessionClient,
  proxySessionActivities,
  runInSession,
  type Session,
} from '../../sessions/workflow/index.js';
import { permanentGcpFailures } from '../../gcp/failure-types.js';
import type {
  ComputeInput,
  IngestActivities,
  IngestInput,
  IngestResult,
  ProjectResult,
  RunActivities,
} from './types.js';

const runs = proxyActivities<RunActivities>({ startToCloseTimeout: '1m', retry: { maximumAttempts: 10 } });

type Step = keyof IngestActivities;

/**
 * Ingests one project in a session: `first` alone, then `then` concurrently, then CloseSessionClient.
 * A lost session is re-created on another worker and the (idempotent) ingestion runs again; a permanent
 * Google error fails the workflow at once with its type.
 */
export async function ingestProject(input: ComputeInput, first: Step, then: Step[]): Promise<ProjectResult> {
  const info = workflowInfo();
  const standalone = input.runId === undefined;
  const runId = input.runId ?? info.firstExecutionRunId;
  const startedAt = new Date(info.startTime).toISOString();
  if (standalone) {
    await runs.RecordRunStarted({
      runId,
      workflowId: info.workflowId,
      workflowType: info.workflowType,
      projectCount: 1,
      startedAt,
    });
  }
  try {
    const results = await runInSession(
      {
        taskQueue: info.taskQueue,
        creationTimeout: '10m',
        executionTimeout: '6h',
        heartbeatTimeout: input.sessionHeartbeatTimeout ?? '30s',
      },
      (session) =>
        runSteps(
          session,
          {
            projectId: input.projectId,
            runId,
            ...(input.allowMassDeletion ? { allowMassDeletion: true } : {}),
          },
          first,
          then,
        ),
    );
    const result = projectResult(input.projectId, results);
    if (standalone) await runs.RecordRunFinished({ runId, status: result.status, summary: result });
    return result;
  } catch (err) {
    const failed = failedProject(input.projectId, err);
    if (standalone) await runs.RecordRunFinished({ runId, status: 'failed', summary: failed });
    throw ApplicationFailure.create({
      type: failed.error?.type,
      message: `project ${input.projectId}: ${failed.error?.message}`,
      nonRetryable: true,
      cause: err instanceof Error ? err : undefined,
    });
  }
}

async function runSteps(session: Session, input: IngestInput, first: Step, then: Step[]) {
  const ingest = proxySessionActivities<IngestActivities>(session, {
    startToCloseTimeout: '2h',
    heartbeatTimeout: '2m',
    retry: {
      initialInterval: '2s',
      maximumInterval: '1m',
      maximumAttempts: 6,
      nonRetryableErrorTypes: permanentGcpFailures,
    },
  });
  try {
    const firstResult = await ingest[first](input);
    const settled = await Promise.allSettled(then.map((step) => ingest[step](input)));
    const rejected = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (rejected) throw rejected.reason;
    return [firstResult, ...settled.map((s) => (s as PromiseFulfilledResult<IngestResult>).value)];
  } finally {
    if (session.state === 'open') {
      await closeSessionClient(session).catch((err: unknown) =>
        log.warn('CloseSessionClient failed', { error: String(err) }),
      );
    }
  }
}

/** A project's result from its resources' results. */
export function projectResult(projectId: string, results: IngestResult[]): ProjectResult {
  const resources: ProjectResult['resources'] = {};
  for (const { kind: _kind, plural, status: _status, ...counts } of results) resources[plural] = counts;
  return { projectId, status: results.some((r) => r.status === 'partial') ? 'partial' : 'ok', resources };
}

/** A failed project's result: the innermost ApplicationFailure names the type. */
export function failedProject(projectId: string, err: unknown): ProjectResult {
  let type = 'Error';
  let message = String(err);
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    message = e.message;
    if (e instanceof ApplicationFailure && e.type) type = e.type;
  }
  return { projectId, status: 'failed', resources: {}, error: { type, message } };
}
