import { Context, log } from '@temporalio/activity';
import type { ConfigService } from '../config/types.js';
import type { EmptyScopeBatch } from '../ingest/empty-scopes.js';
import { ingestKinds } from '../ingest/ingest-kinds.js';
import {
  heartbeatWhileWaiting,
  ingestScope,
  skippedScope,
  type ScopeActivityDeps,
  type ScopeProgress,
} from '../ingest/ingest-scope.js';
import type { Slots } from '../ingest/slots.js';
import { withScope } from '../ingest/renamed-fields.js';
import type { IngestInput, IngestKindsInput, IngestResult } from '../ingest/workflows/types.js';
import type { IngestMetrics } from '../metrics/ingest-metrics.js';
import type { Provider, ProviderSetup, SessionClient } from '../provider/provider.js';
import type { ResourceDefinition } from '../provider/resource.js';
import type { ApiObserver, CallerOptions } from '../provider/retrying-caller.js';
import type { TokenBuckets } from '../provider/token-bucket.js';
import { currentSessionId, type ActivityFn, type SessionRegistry } from '../sessions/index.js';

/** What one provider's scope activities depend on; tests pass their own. */
export interface ScopeActivitiesDeps extends ScopeActivityDeps {
  provider: Provider;
  setup: Pick<ProviderSetup, 'pageSize'>;
  sessions: SessionRegistry<SessionClient, ConfigService>;
  configService: ConfigService;
  /** One token bucket per scope, and per scope and API for kinds with their own quota. */
  buckets: TokenBuckets;
  /** Scope syncs this process runs at once, over every provider, session and activity. */
  slots: Slots;
  /** Overrides of the call retries within one attempt (tests make a failure reach the workflow fast). */
  apiRetry?: Pick<CallerOptions, 'maxAttempts' | 'baseDelayMs'>;
}

/**
 * A provider's session activities: one `Ingest<Resource>` per declaration, all generic over it, and the provider's
 * kinds activity (`IngestComputeKinds`), which syncs several kinds of a scope in one call (each still its own scope).
 */
export function createScopeActivities(deps: ScopeActivitiesDeps): Record<string, ActivityFn> {
  const { provider } = deps;
  const one = (
    resource: ResourceDefinition,
    input: IngestInput,
    progress?: ScopeProgress,
    batch?: EmptyScopeBatch,
  ) => deps.slots.run(() => ingest(deps, resource, input, progress, batch));
  const activities: Record<string, ActivityFn> = {};
  for (const resource of provider.resources)
    activities[resource.activityName] = (input: IngestInput) => one(resource, withScope(input));
  if (provider.kindsActivity)
    activities[provider.kindsActivity] = (input: IngestKindsInput) =>
      ingestKinds(deps.store.db, provider.resources, withScope(input), one, provider.permanentFailures);
  return activities;
}

async function ingest(
  deps: ScopeActivitiesDeps,
  resource: ResourceDefinition,
  input: IngestInput,
  progress?: ScopeProgress,
  batch?: EmptyScopeBatch,
): Promise<IngestResult> {
  const { provider, metrics } = deps;
  const skipped = await skippedScope(deps, resource, input);
  if (skipped) return skipped;
  const session = await deps.sessions.getOrCreateSessionClient(currentSessionId(), deps.configService);
  const api = provider.createCaller({
    ...deps.apiRetry,
    bucket: resource.quota
      ? deps.buckets.for(`${input.scope}/${resource.quota.bucket}`, resource.quota.requestsPerMinute)
      : deps.buckets.for(input.scope),
    ...(metrics ? { observer: apiObserver(metrics) } : {}),
    onWait: heartbeatWhileWaiting,
    onRetry: (error, attempt, delayMs) => {
      Context.current().heartbeat({ retrying: error.type, attempt });
      log.warn('Retrying API call', {
        provider: provider.name,
        runId: input.runId,
        scope: input.scope,
        kind: resource.kind,
        type: error.type,
        status: error.status,
        attempt,
        delayMs,
      });
    },
  });
  return ingestScope(
    deps,
    resource,
    input,
    {
      client: provider.resourceClient(session, resource),
      api,
      pageSize: deps.setup.pageSize,
      ...(progress ? { progress } : {}),
    },
    batch,
  );
}

function apiObserver(metrics: IngestMetrics): ApiObserver {
  return {
    request: (method, status) => metrics.apiCalls.inc({ method, status }),
    retry: (method, type) => metrics.retries.inc({ method, type }),
    bucketWait: (seconds) => seconds > 0 && metrics.bucketWait.inc(seconds),
    call: (method, seconds) => method.endsWith('List') && metrics.pageSeconds.observe({ method }, seconds),
  };
}
