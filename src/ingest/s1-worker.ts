import { Worker, type NativeConnection } from '@temporalio/worker';
import { CredentialsError } from '../config/credentials-error.js';
import type { ConfigService, HotpotConfig, S1Config } from '../config/types.js';
import { TokenBuckets } from '../gcp/token-bucket.js';
import type { IngestMetrics } from '../metrics/ingest-metrics.js';
import { s1Resources } from '../s1/registry.js';
import { createS1Client, type S1Client } from '../s1/s1-client.js';
import { createSessionWorkers, SessionRegistry, type ActivityFn } from '../sessions/index.js';
import type { Store } from '../store/open-store.js';
import { rederiveColumns } from './rederive.js';
import { createMainQueueActivities } from './run-activities.js';
import { createS1SessionActivities } from './s1-activities.js';
import { workflowBundle } from './worker.js';
import { redactingActivityInterceptors } from '../log/redacting-interceptor.js';

/** The SentinelOne half of a worker process: its queue, its session queue, its client registry. */
export interface S1Worker {
  taskQueue: string;
  sessionTaskQueue: string;
  registry: SessionRegistry<S1Client, ConfigService>;
  run(): Promise<void>;
  shutdown(): Promise<void>;
}

/** What an S1 worker needs: the `s1` config, the worker caps, a store, a Temporal connection, the token source. */
export interface S1WorkerOptions {
  config: Pick<HotpotConfig, 'temporal' | 'worker' | 'deletion'> & { s1: S1Config };
  store: Store;
  connection: NativeConnection;
  configService: ConfigService;
  metrics?: IngestMetrics;
}

/**
 * Builds the S1 main worker (workflows + run records on `s1.taskQueue`) and its session workers, whose clients
 * are built per session from the token read at that moment (never logged).
 */
export async function createS1Worker(options: S1WorkerOptions): Promise<S1Worker> {
  const { config, store, connection, configService } = options;
  const s1 = config.s1;
  await rederiveColumns(store.db, s1Resources);
  const registry = new SessionRegistry<S1Client, ConfigService>({
    createClient: async (source) => {
      if (!source.getS1Token)
        throw new CredentialsError('this worker has no SentinelOne token source (s1.*)');
      return createS1Client(await source.getS1Token(), s1.endpoint, {
        accountIds: s1.accountIds,
        ...(s1.maxResponseBytes !== undefined && { maxResponseBytes: s1.maxResponseBytes }),
      });
    },
    closeClient: (client) => client.close(),
  });
  const activities = createS1SessionActivities({
    store,
    sessions: registry,
    configService,
    config,
    s1,
    buckets: new TokenBuckets(s1.requestsPerMinute),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  const sessionWorkers = await createSessionWorkers({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: s1.taskQueue,
    activities: activities as unknown as Record<string, ActivityFn>,
    registry,
    maxConcurrentSessions: config.worker.maxConcurrentSessions,
    maxConcurrentActivityTaskExecutions: config.worker.maxConcurrentActivities,
    holderHeartbeatThrottleInterval: '10s',
    workerOptions: { interceptors: { activity: redactingActivityInterceptors } },
  });
  const main = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: s1.taskQueue,
    workflowBundle: await workflowBundle(),
    interceptors: { activity: redactingActivityInterceptors },
    activities: createMainQueueActivities({ store, projects: [] }),
  });
  let running: Promise<void> | undefined;
  return {
    taskQueue: s1.taskQueue,
    sessionTaskQueue: sessionWorkers.taskQueue,
    registry,
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
