import { Context, log } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import { GoogleApiCaller } from '../google-api-caller.js';
import { TokenBucket } from '../../provider/token-bucket.js';
import { checkComputeServices, discoverIntoStore } from './discover.js';
import type { DiscoveryClient } from './discovery-client.js';
import { includedPage } from './discovery-store.js';
import { enabledServices } from './enabled-services.js';
import type { DiscoveryActivities } from './types.js';
import { handleVanished } from './vanished.js';
import type { DiscoveryApi } from './walk.js';
import type { ServiceGateActivities } from '../../ingest/workflows/types.js';

/** What discovery activities depend on. */
export interface DiscoveryDeps {
  db: Kysely<unknown>;
  /** Builds the clients with credentials read now. */
  client: () => Promise<DiscoveryClient>;
  /** `gcp.discovery.requestsPerMinute`: one bucket for all discovery calls of this worker. */
  requestsPerMinute: number;
  pageSize: number;
  /** Resource tables whose rows a confirmed-deleted project closes. */
  resourceTables: readonly string[];
  /** Service Usage checks in flight at once. Default 8. */
  checkConcurrency?: number;
}

/** Discovery activities: walk parents into the store, check Compute, page included ids, handle vanished projects. */
export function createDiscoveryActivities(deps: DiscoveryDeps): DiscoveryActivities & ServiceGateActivities {
  const bucket = new TokenBucket(deps.requestsPerMinute);
  const api = async (): Promise<DiscoveryApi> => {
    const ctx = Context.current();
    const caller = new GoogleApiCaller({
      bucket,
      onWait: () => ctx.heartbeat({ waiting: true }),
      onRetry: (error, attempt, delayMs) => {
        ctx.heartbeat({ retrying: error.type, attempt });
        log.warn('Retrying discovery call', { type: error.type, status: error.status, attempt, delayMs });
      },
    });
    return { client: await deps.client(), caller, pageSize: deps.pageSize };
  };
  return {
    async DiscoverProjects(input) {
      const heartbeat = (details: unknown) => Context.current().heartbeat(details);
      const counts = await discoverIntoStore(deps.db, await api(), input, heartbeat);
      for (const f of counts.failures) log.warn('Discovery parent failed', { ...f });
      return counts;
    },
    async CheckComputeServices({ runId }) {
      const heartbeat = (details: unknown) => Context.current().heartbeat(details);
      return checkComputeServices(deps.db, await api(), runId, deps.checkConcurrency ?? 8, heartbeat);
    },
    async NextDiscoveredPage({ runId, offset, limit }) {
      return { projectIds: await includedPage(deps.db, runId, offset, Math.min(limit, 500)) };
    },
    async EnabledServices({ projectId }) {
      return enabledServices(await api(), projectId);
    },
    async HandleVanishedProjects({ runId }) {
      return handleVanished(deps.db, await api(), runId, deps.resourceTables);
    },
  };
}
