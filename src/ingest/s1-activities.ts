import { Context, log } from '@temporalio/activity';
import type { ConfigService, S1Config } from '../config/types.js';
import type { TokenBuckets } from '../provider/token-bucket.js';
import { s1Resources } from '../s1/registry.js';
import { S1Caller } from '../s1/s1-caller.js';
import type { S1Client } from '../s1/s1-client.js';
import { currentSessionId, type SessionRegistry } from '../sessions/index.js';
import { heartbeatWhileWaiting, ingestScope, type ScopeActivityDeps } from './ingest-scope.js';
import type { ResourceDefinition } from '../provider/resource.js';
import type { IngestInput, IngestResult } from './workflows/types.js';

/** What the S1 session activities depend on. */
export interface S1ActivityDeps extends ScopeActivityDeps {
  sessions: SessionRegistry<S1Client, ConfigService>;
  configService: ConfigService;
  s1: Pick<S1Config, 'pageSize'>;
  /** One bucket per console. */
  buckets: TokenBuckets;
}

/** The S1 session activities: one `IngestS1<Resource>` per declared S1 resource, generic over its declaration. */
export function createS1SessionActivities(
  deps: S1ActivityDeps,
): Record<string, (input: IngestInput) => Promise<IngestResult>> {
  return Object.fromEntries(
    s1Resources.map((resource) => [
      resource.activityName,
      (input: IngestInput) => ingestS1(deps, resource as ResourceDefinition, input),
    ]),
  );
}

async function ingestS1(
  deps: S1ActivityDeps,
  resource: ResourceDefinition,
  input: IngestInput,
): Promise<IngestResult> {
  const client = await deps.sessions.getOrCreateSessionClient(currentSessionId(), deps.configService);
  const api = new S1Caller({
    bucket: deps.buckets.for(input.projectId),
    onWait: heartbeatWhileWaiting,
    onRetry: (error, attempt, delayMs) => {
      Context.current().heartbeat({ retrying: error.type, attempt });
      log.warn('Retrying SentinelOne call', {
        runId: input.runId,
        console: input.projectId,
        kind: resource.kind,
        type: error.type,
        status: error.status,
        attempt,
        delayMs,
      });
    },
  });
  return ingestScope(deps, resource, input, { client, api, pageSize: deps.s1.pageSize });
}
