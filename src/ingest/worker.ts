import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  bundleWorkflowCode,
  Runtime,
  Worker,
  type NativeConnection,
  type WorkflowBundleOption,
} from '@temporalio/worker';
import type { ConfigService, HotpotConfig } from '../config/types.js';
import { createComputeClient, type ComputeClient } from '../gcp/compute-client.js';
import { createDiscoveryActivities } from '../gcp/discovery/discovery-activities.js';
import { createDiscoveryClient } from '../gcp/discovery/discovery-client.js';
import { TokenBuckets } from '../gcp/token-bucket.js';
import { createSessionWorkers, SessionRegistry, type ActivityFn } from '../sessions/index.js';
import { computeResources } from '../gcp/compute/registry.js';
import { rederiveColumns } from './rederive.js';
import type { Store } from '../store/open-store.js';
import { IngestMetrics } from '../metrics/ingest-metrics.js';
import { createSessionActivities, type ActivityDeps } from './activities.js';
import { createMainQueueActivities } from './run-activities.js';
import { redactingActivityInterceptors } from '../log/redacting-interceptor.js';

/** Everything one Hotpot worker process runs, and how to stop it. */
export interface HotpotWorker {
  taskQueue: string;
  sessionTaskQueue: string;
  registry: SessionRegistry<ComputeClient, ConfigService>;
  /** Configuration this process cannot serve well (printed by `hotpot worker`, logged at start). */
  warnings: string[];
  /** This worker's Prometheus metrics, when asked for. */
  metrics?: IngestMetrics;
  run(): Promise<void>;
  shutdown(): Promise<void>;
}

/** What a worker needs: config (queue, caps, GCP endpoint), an open store, a Temporal connection, credentials. */
export interface HotpotWorkerOptions {
  config: Pick<HotpotConfig, 'temporal' | 'gcp' | 'worker' | 'deletion'> & Partial<Pick<HotpotConfig, 's1'>>;
  store: Store;
  connection: NativeConnection;
  configService: ConfigService;
  /** Collect Prometheus metrics (served by the caller, e.g. `hotpot worker --metrics-port`). */
  metrics?: boolean;
  /** Google call retries within one activity attempt (tests only; default 8 attempts from 250 ms). */
  apiRetry?: ActivityDeps['apiRetry'];
}

let bundle: Promise<WorkflowBundleOption> | undefined;
const prebuilt = fileURLToPath(new URL('./workflows.bundle.js', import.meta.url));

/** The workflow bundle: the one `npm run build` made, else built once in this process (webpack takes seconds). */
export function workflowBundle(): Promise<WorkflowBundleOption> {
  if (fs.existsSync(prebuilt)) return Promise.resolve({ codePath: prebuilt });
  bundle ??= bundleWorkflowCode({
    workflowsPath: fileURLToPath(new URL('./workflows/index.js', import.meta.url)),
    logger: {
      trace() {},
      debug() {},
      info() {},
      warn() {},
      error: (m: string) => console.error(m),
      log() {},
    },
  });
  return bundle;
}

/** Why the configuration would make projects wait: an inventory concurrency above the sessions this process holds. */
export function capacityWarnings(
  worker: Pick<HotpotConfig['worker'], 'inventoryConcurrency' | 'maxConcurrentSessions'>,
): string[] {
  if (worker.inventoryConcurrency <= worker.maxConcurrentSessions) return [];
  return [
    `worker.inventoryConcurrency ${worker.inventoryConcurrency} exceeds worker.maxConcurrentSessions ${worker.maxConcurrentSessions}: ` +
      `with this worker alone, ${worker.inventoryConcurrency - worker.maxConcurrentSessions} project(s) at a time wait for a session (up to the session creation timeout, 1 h); ` +
      `raise maxConcurrentSessions or run more workers`,
  ];
}

/** Builds the main worker (workflows + run records) and the session workers (holder + ingest activities). */
export async function createHotpotWorker(options: HotpotWorkerOptions): Promise<HotpotWorker> {
  const { config, store, connection, configService } = options;
  await rederiveColumns(store.db, computeResources);
  const registry = new SessionRegistry<ComputeClient, ConfigService>({
    createClient: async (source) =>
      createComputeClient(await source.getGcpCredentials(), config.gcp.endpoint, {
        allowInsecureEndpoint: config.gcp.allowInsecureEndpoint === true,
        maxResponseBytes: config.gcp.maxResponseBytes,
      }),
    closeClient: (client) => client.close(),
  });
  const buckets = new TokenBuckets(config.gcp.requestsPerMinute);
  const metrics = options.metrics
    ? new IngestMetrics({
        open: () => registry.size,
        created: () => registry.constructions,
        cap: config.worker.maxConcurrentSessions,
      })
    : undefined;
  const sessionActivities = createSessionActivities({
    store,
    sessions: registry,
    configService,
    config,
    buckets,
    maxConcurrentScopes: config.worker.maxConcurrentActivities,
    ...(options.apiRetry ? { apiRetry: options.apiRetry } : {}),
    ...(metrics ? { metrics } : {}),
  });
  const sessionWorkers = await createSessionWorkers({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    activities: sessionActivities as unknown as Record<string, ActivityFn>,
    registry,
    maxConcurrentSessions: config.worker.maxConcurrentSessions,
    maxConcurrentActivityTaskExecutions: config.worker.maxConcurrentActivities,
    holderHeartbeatThrottleInterval: '10s',
    workerOptions: { interceptors: { activity: redactingActivityInterceptors } },
    ...(metrics ? { onSessionLost: () => metrics.sessionsLost.inc() } : {}),
  });
  const main = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    workflowBundle: await workflowBundle(),
    interceptors: { activity: redactingActivityInterceptors },
    activities: {
      ...createMainQueueActivities({
        store,
        projects: config.gcp.projects,
        ...(metrics ? { metrics } : {}),
      }),
      ...createDiscoveryActivities({
        db: store.db,
        client: async () =>
          createDiscoveryClient(await configService.getGcpCredentials(), config.gcp.endpoint, {
            allowInsecureEndpoint: config.gcp.allowInsecureEndpoint === true,
          }),
        requestsPerMinute: config.gcp.discovery?.requestsPerMinute ?? 300,
        pageSize: Math.max(config.gcp.pageSize, 100),
        resourceTables: computeResources.map((r) => r.table),
      }),
    },
  });
  const warnings = capacityWarnings(config.worker);
  for (const warning of warnings) Runtime.instance().logger.warn(warning);
  let running: Promise<void> | undefined;
  return {
    taskQueue: config.temporal.taskQueue,
    warnings,
    sessionTaskQueue: sessionWorkers.taskQueue,
    registry,
    ...(metrics ? { metrics } : {}),
    run() {
      running ??= Promise.all([main.run(), sessionWorkers.run()]).then(() => undefined);
      return running;
    },
    async shutdown() {
      if (main.getState() === 'RUNNING') main.shutdown();
      await sessionWorkers.shutdown();
      await running?.catch(() => undefined);
    },
  };
}
