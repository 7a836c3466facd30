import { CancelledFailure, Context, log } from '@temporalio/activity';
import type { HotpotConfig } from '../config/types.js';
import type { IngestMetrics } from '../metrics/ingest-metrics.js';
import { currentSessionId } from '../sessions/index.js';
import type { Store } from '../store/open-store.js';
import type { PacedCaller, ResourceDefinition } from '../provider/resource.js';
import type { EmptyScopeBatch } from './empty-scopes.js';
import type { PageGate } from './page-gate.js';
import { recordScopeSkipped } from './runs.js';
import { syncScope } from './sync-scope.js';
import type { IngestInput, IngestResult } from './workflows/types.js';

/** What every provider's Ingest<Resource> activity shares: the store, the deletion rules, metrics. */
export interface ScopeActivityDeps {
  store: Store;
  config: Pick<HotpotConfig, 'deletion'> & { worker?: Pick<HotpotConfig['worker'], 'skipKinds'> };
  metrics?: IngestMetrics;
  /** The worker's limit on listing pages in hand, shared by every scope sync. */
  pageGate?: PageGate;
}

/**
 * A scope of a kind in `worker.skipKinds`: recorded `skipped` with no call, write or deletion (stored rows stay as
 * they were); undefined for a kind the worker reads.
 */
export async function skippedScope(
  deps: ScopeActivityDeps,
  resource: ResourceDefinition,
  input: IngestInput,
): Promise<IngestResult | undefined> {
  if (!deps.config.worker?.skipKinds?.includes(resource.plural)) return undefined;
  await recordScopeSkipped(deps.store.db, { runId: input.runId, scope: input.scope, kind: resource.kind });
  deps.metrics?.scopeFinished(resource.kind, input.scope, 'skipped');
  log.info('Skipped (worker.skipKinds)', { runId: input.runId, scope: input.scope, kind: resource.kind });
  const none = { listed: 0, created: 0, changed: 0, unchanged: 0, deleted: 0, rejected: 0 };
  return {
    ...none,
    kind: resource.kind,
    plural: resource.plural,
    status: 'skipped',
    apiCalls: 0,
    unreachable: [],
    confirmCalls: 0,
    held: 0,
  };
}

/** Reports a scope's progress (pages written, items listed); may throw to stop the scope. */
export type ScopeProgress = (progress: { pages: number; listed: number }) => void;

/** The provider's part of one scope sync: its session client, its paced caller, its page size. */
export interface ScopeSession {
  client: unknown;
  api: PacedCaller;
  pageSize: number;
  /** Where page progress goes; default: the activity's heartbeat. */
  progress?: ScopeProgress;
}

/** A paced caller's wait hook: heartbeats, and ends the wait when the activity is cancelled. */
export function heartbeatWhileWaiting(): void {
  const ctx = Context.current();
  if (ctx.cancellationSignal.aborted) throw new CancelledFailure('ingestion cancelled');
  ctx.heartbeat({ waiting: true });
}

/**
 * Runs one Ingest<Resource> activity for any provider: syncs the scope (`input.scope`: a GCP project, an S1
 * console, a FortiGate VDOM, a VNG project) as its lease holder, heartbeating per page, and returns counts only.
 */
export async function ingestScope(
  deps: ScopeActivityDeps,
  resource: ResourceDefinition,
  input: IngestInput,
  session: ScopeSession,
  batch?: EmptyScopeBatch,
): Promise<IngestResult> {
  const ctx = Context.current();
  const started = Date.now();
  const logContext = {
    runId: input.runId,
    scope: input.scope,
    kind: resource.kind,
    sessionId: currentSessionId(),
  };
  const metrics = deps.metrics;
  const result = await syncScope({
    ...(metrics
      ? { onWrite: (seconds: number) => metrics.writeSeconds.observe({ kind: resource.kind }, seconds) }
      : {}),
    db: deps.store.db,
    resource,
    client: session.client,
    api: session.api,
    scope: input.scope,
    runId: input.runId,
    pageSize: session.pageSize,
    holder: {
      execution: `${ctx.info.workflowExecution?.workflowId ?? '-'}/${ctx.info.workflowExecution?.runId ?? ctx.info.activityId}`,
      attempt: `${ctx.info.activityId}#${ctx.info.attempt}`,
    },
    deletion: { ...deps.config.deletion, allowMass: input.allowMassDeletion === true },
    ...(batch ? { emptyBatch: batch } : {}),
    ...(deps.pageGate ? { pageGate: deps.pageGate } : {}),
    onPage: (progress) => {
      if (ctx.cancellationSignal.aborted) throw new CancelledFailure('ingestion cancelled');
      if (session.progress) session.progress(progress);
      else ctx.heartbeat(progress);
    },
  }).catch((err: unknown) => {
    metrics?.scopeFinished(resource.kind, input.scope, 'failed');
    throw err;
  });
  metrics?.scopeFinished(resource.kind, input.scope, result.status, result);
  log.info('Ingested', {
    ...logContext,
    ...result,
    unreachable: result.unreachable.length,
    ms: Date.now() - started,
  });
  return { ...result, plural: resource.plural };
}
