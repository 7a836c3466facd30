import { Context, CancelledFailure, log } from '@temporalio/activity';
import type { ConfigService, HotpotConfig } from '../config/types.js';
import { ApiCaller } from '../gcp/api-caller.js';
import type { ComputeClient } from '../gcp/compute-client.js';
import { computeResources } from '../gcp/compute/registry.js';
import type { TokenBuckets } from '../gcp/token-bucket.js';
import { currentSessionId, type SessionRegistry } from '../sessions/index.js';
import type { Store } from '../store/open-store.js';
import type { ResourceDefinition } from './resource.js';
import { recordRunFinished, recordRunStarted } from './runs.js';
import { syncScope } from './sync-scope.js';
import type { IngestActivities, IngestInput, IngestResult, RunActivities } from './workflows/types.js';

/** What the ingestion activities depend on; tests pass their own. */
export interface ActivityDeps {
  store: Store;
  sessions: SessionRegistry<ComputeClient, ConfigService>;
  configService: ConfigService;
  config: Pick<HotpotConfig, 'gcp' | 'deletion'>;
  buckets: TokenBuckets;
}

/** The session activities: one `Ingest<Resource>` per declared resource, all generic over its declaration. */
export function createSessionActivities(deps: ActivityDeps): IngestActivities {
  const activities: Record<string, (input: IngestInput) => Promise<IngestResult>> = {};
  for (const resource of computeResources)
    activities[resource.activityName] = (input) => ingest(deps, resource, input);
  return activities as unknown as IngestActivities;
}

/** The activities on the main queue: run records. */
export function createRunActivities(deps: Pick<ActivityDeps, 'store'>): RunActivities {
  return {
    RecordRunStarted: (run) => recordRunStarted(deps.store.db, run),
    RecordRunFinished: (run) => recordRunFinished(deps.store.db, run),
  };
}

async function ingest(
  deps: ActivityDeps,
  resource: ResourceDefinition,
  input: IngestInput,
): Promise<IngestResult> {
  const ctx = Context.current();
  const client = await deps.sessions.getOrCreateSessionClient(currentSessionId(), deps.configService);
  const started = Date.now();
  const api = new ApiCaller({
    bucket: deps.buckets.for(input.projectId),
    onWait: () => {
      if (ctx.cancellationSignal.aborted) throw new CancelledFailure('ingestion cancelled');
      ctx.heartbeat({ waiting: true });
    },
    onRetry: (error, attempt, delayMs) => {
      ctx.heartbeat({ retrying: error.type, attempt });
      log.warn('Retrying Google call', {
        projectId: input.projectId,
        kind: resource.kind,
        type: error.type,
        status: error.status,
        attempt,
        delayMs,
      });
    },
  });
  const result = await syncScope({
    db: deps.store.db,
    resource,
    compute: client.compute,
    api,
    projectId: input.projectId,
    runId: input.runId,
    pageSize: deps.config.gcp.pageSize,
    holder: {
      execution: `${ctx.info.workflowExecution?.workflowId ?? '-'}/${ctx.info.workflowExecution?.runId ?? ctx.info.activityId}`,
      attempt: `${ctx.info.activityId}#${ctx.info.attempt}`,
    },
    deletion: { ...deps.config.deletion, allowMass: input.allowMassDeletion === true },
    onPage: (progress) => {
      if (ctx.cancellationSignal.aborted) throw new CancelledFailure('ingestion cancelled');
      ctx.heartbeat(progress);
    },
  });
  log.info('Ingested', {
    projectId: input.projectId,
    ...result,
    unreachable: result.unreachable.length,
    ms: Date.now() - started,
  });
  return { ...result, plural: resource.plural };
}
