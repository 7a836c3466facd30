import { Context, log } from '@temporalio/activity';
import { sql } from 'kysely';
import type { IngestMetrics } from '../metrics/ingest-metrics.js';
import { DEFAULT_MAX_CONCURRENT_ACTIVITIES } from '../config/file-schema.js';
import type { ConfigService, HotpotConfig } from '../config/types.js';
import { GoogleApiCaller, type GoogleApiCallerOptions, type ApiObserver } from '../gcp/google-api-caller.js';
import type { ComputeClient } from '../gcp/compute-client.js';
import type { ComputeActivityName } from '../gcp/compute/kinds.js';
import { computeResources } from '../gcp/compute/registry.js';
import type { TokenBuckets } from '../provider/token-bucket.js';
import { currentSessionId, type SessionRegistry } from '../sessions/index.js';
import type { Store } from '../store/open-store.js';
import type { ResourceDefinition } from '../provider/resource.js';
import { ingestKinds } from './ingest-kinds.js';
import { heartbeatWhileWaiting, ingestScope, type ScopeProgress } from './ingest-scope.js';
import { recordRunFinished, recordRunStarted } from './runs.js';
import { Slots } from './slots.js';
import type {
  IngestActivities,
  IngestInput,
  IngestKindsActivities,
  IngestResult,
  RunActivities,
} from './workflows/types.js';

/** What the ingestion activities depend on; tests pass their own. */
export interface ActivityDeps {
  store: Store;
  sessions: SessionRegistry<ComputeClient, ConfigService>;
  configService: ConfigService;
  config: Pick<HotpotConfig, 'gcp' | 'deletion'>;
  buckets: TokenBuckets;
  /** Prometheus metrics of this worker, when it serves them. */
  metrics?: IngestMetrics;
  /** Scope syncs this process runs at once, over all sessions and activities (default: the config's). */
  maxConcurrentScopes?: number;
  /** Overrides of the Google call retries within one attempt (tests make a failure reach the workflow fast). */
  apiRetry?: Pick<GoogleApiCallerOptions, 'maxAttempts' | 'baseDelayMs'>;
}

/**
 * The Compute session activities: one `Ingest<Resource>` per declared resource, all generic over its declaration,
 * and `IngestComputeKinds`, which ingests several kinds of a project in one call (each still its own scope).
 */
export function createSessionActivities(
  deps: ActivityDeps,
): Pick<IngestActivities, ComputeActivityName> & IngestKindsActivities {
  const slots = new Slots(deps.maxConcurrentScopes ?? DEFAULT_MAX_CONCURRENT_ACTIVITIES);
  const one = (resource: ResourceDefinition, input: IngestInput, progress?: ScopeProgress) =>
    slots.run(() => ingest(deps, resource, input, progress));
  const perKind = Object.fromEntries(
    computeResources.map((resource) => [resource.activityName, (input: IngestInput) => one(resource, input)]),
  ) as Pick<IngestActivities, ComputeActivityName>;
  return {
    ...perKind,
    IngestComputeKinds: (input) => ingestKinds(computeResources, input, one),
  };
}

/** The activities on the main queue: run records. */
export function createRunActivities(deps: Pick<ActivityDeps, 'store' | 'metrics'>): RunActivities {
  return {
    RecordRunStarted: (run) => recordRunStarted(deps.store.db, run),
    RecordRunFinished: async (run) => {
      await recordRunFinished(deps.store.db, run);
      if (deps.metrics) await observeRunDuration(deps.store, deps.metrics, run.runId);
    },
  };
}

async function observeRunDuration(store: Store, metrics: IngestMetrics, runId: string): Promise<void> {
  const r = await sql<{ workflow_type: string; status: string; seconds: number | string }>`
    select workflow_type, status, extract(epoch from finished_at - started_at) as seconds
    from ingest_runs where run_id = ${runId}`.execute(store.db);
  const row = r.rows[0];
  if (row)
    metrics.runSeconds.observe({ workflow: row.workflow_type, status: row.status }, Number(row.seconds));
}

async function ingest(
  deps: ActivityDeps,
  resource: ResourceDefinition,
  input: IngestInput,
  progress?: ScopeProgress,
): Promise<IngestResult> {
  const client = await deps.sessions.getOrCreateSessionClient(currentSessionId(), deps.configService);
  const metrics = deps.metrics;
  const api = new GoogleApiCaller({
    ...deps.apiRetry,
    bucket: deps.buckets.for(input.projectId),
    ...(metrics ? { observer: apiObserver(metrics) } : {}),
    onWait: heartbeatWhileWaiting,
    onRetry: (error, attempt, delayMs) => {
      Context.current().heartbeat({ retrying: error.type, attempt });
      log.warn('Retrying Google call', {
        runId: input.runId,
        projectId: input.projectId,
        kind: resource.kind,
        type: error.type,
        status: error.status,
        attempt,
        delayMs,
      });
    },
  });
  return ingestScope(deps, resource, input, {
    client: client.compute,
    api,
    pageSize: deps.config.gcp.pageSize,
    ...(progress ? { progress } : {}),
  });
}

function apiObserver(metrics: IngestMetrics): ApiObserver {
  return {
    request: (method, status) => metrics.apiCalls.inc({ method, status }),
    retry: (method, type) => metrics.retries.inc({ method, type }),
    bucketWait: (seconds) => seconds > 0 && metrics.bucketWait.inc(seconds),
    call: (method, seconds) => method.endsWith('List') && metrics.pageSeconds.observe({ method }, seconds),
  };
}
