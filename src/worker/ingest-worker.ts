import { Runtime, Worker, type NativeConnection } from '@temporalio/worker';
import { DEFAULT_PAGES_IN_HAND } from '../config/file-schema.js';
import type { ConfigService, HotpotConfig } from '../config/types.js';
import { rederiveColumns } from '../ingest/rederive.js';
import { createMainQueueActivities } from '../ingest/run-activities.js';
import { PageGate } from '../ingest/page-gate.js';
import { Slots } from '../ingest/slots.js';
import { IngestMetrics } from '../metrics/ingest-metrics.js';
import type { Provider, SessionClient, WorkerConfig } from '../provider/provider.js';
import { TokenBuckets } from '../provider/token-bucket.js';
import { redactingActivityInterceptors } from '../log/redacting-interceptor.js';
import { createSessionWorkers, SessionRegistry } from '../sessions/index.js';
import type { Store } from '../store/open-store.js';
import { createScopeActivities, type ScopeActivitiesDeps } from './scope-activities.js';
import { startTracing, type WorkerTracing } from './tracing.js';
import { workflowBundle } from './workflow-bundle.js';

/** One provider's part of a worker process: its queues and its session clients. */
export interface ProviderWorker {
  taskQueue: string;
  sessionTaskQueue: string;
  registry: SessionRegistry<SessionClient, ConfigService>;
  run(): Promise<void>;
  shutdown(): Promise<void>;
}

/** Everything one worker process runs, for every provider it serves, and how to stop it. */
export interface IngestWorker {
  /** Per provider name (`gcp`, `s1`): its queues and its session clients. */
  providers: Record<string, ProviderWorker>;
  /** Every queue this process polls (main and session queues), for the ready line. */
  queues: string[];
  /** Configuration this process cannot serve well (printed by `hotpot worker`, logged at start). */
  warnings: string[];
  /** This worker's Prometheus metrics, when asked for. */
  metrics?: IngestMetrics;
  /** The OTLP/HTTP URL spans go to, when `worker.tracing` turns tracing on. */
  tracesUrl?: string;
  run(): Promise<void>;
  shutdown(): Promise<void>;
}

/** What a worker needs: config (queues, caps, provider sections), an open store, a Temporal connection, credentials. */
export interface IngestWorkerOptions {
  config: WorkerConfig;
  /** The providers this process serves, each on its own queues. */
  providers: readonly Provider[];
  store: Store;
  connection: NativeConnection;
  configService: ConfigService;
  /** Collect Prometheus metrics (served by the caller, e.g. `hotpot worker --metrics-port`). */
  metrics?: boolean;
  /** Call retries within one activity attempt (tests only; default 8 attempts from 250 ms). */
  apiRetry?: ScopeActivitiesDeps['apiRetry'];
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

/**
 * Builds, per provider, the main worker (workflows, run records, the provider's main-queue activities) and the
 * session workers (holder + scope activities); one metrics registry and one cap on scope syncs serve them all.
 */
export async function createIngestWorker(options: IngestWorkerOptions): Promise<IngestWorker> {
  const { config } = options;
  const registries: SessionRegistry<SessionClient, ConfigService>[] = [];
  const pageGate = new PageGate(config.worker.pagesInHand ?? DEFAULT_PAGES_IN_HAND);
  const metrics = options.metrics
    ? new IngestMetrics({
        open: () => registries.reduce((n, r) => n + r.size, 0),
        created: () => registries.reduce((n, r) => n + r.constructions, 0),
        cap: config.worker.maxConcurrentSessions,
        pages: { inHand: () => pageGate.inHand, peak: () => pageGate.peak, limit: pageGate.limit },
      })
    : undefined;
  const slots = new Slots(config.worker.maxConcurrentActivities);
  const tracing = startTracing(config.worker.tracing);
  const providers: Record<string, ProviderWorker> = {};
  for (const provider of options.providers) {
    const part = await createProviderWorker(options, provider, {
      slots,
      pageGate,
      ...(metrics ? { metrics } : {}),
      ...(tracing ? { tracing } : {}),
    });
    registries.push(part.registry);
    providers[provider.name] = part;
  }
  const parts = Object.values(providers);
  const warnings = capacityWarnings(config.worker);
  for (const warning of warnings) Runtime.instance().logger.warn(warning);
  let running: Promise<void> | undefined;
  return {
    providers,
    queues: parts.flatMap((w) => [w.taskQueue, w.sessionTaskQueue]),
    warnings,
    ...(metrics ? { metrics } : {}),
    ...(tracing ? { tracesUrl: tracing.url } : {}),
    run() {
      running ??= Promise.all(parts.map((w) => w.run())).then(() => undefined);
      return running;
    },
    async shutdown() {
      await Promise.all(parts.map((w) => w.shutdown()));
      await running?.catch(() => undefined);
      await tracing?.shutdown();
    },
  };
}

async function createProviderWorker(
  options: IngestWorkerOptions,
  provider: Provider,
  shared: { slots: Slots; pageGate: PageGate; metrics?: IngestMetrics; tracing?: WorkerTracing },
): Promise<ProviderWorker> {
  const { config, store, connection, configService } = options;
  const { metrics, tracing } = shared;
  const activityInterceptors = [...(tracing?.activityInterceptors ?? []), ...redactingActivityInterceptors];
  const setup = provider.setup(config, { store, configService });
  await rederiveColumns(store.db, provider.resources);
  const registry = new SessionRegistry<SessionClient, ConfigService>({
    createClient: (source) => setup.createClient(source),
    closeClient: (client) => client.close(),
  });
  const sessionWorkers = await createSessionWorkers({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: setup.taskQueue,
    activities: createScopeActivities({
      provider,
      setup,
      store,
      config,
      sessions: registry,
      configService,
      buckets: new TokenBuckets(setup.requestsPerMinute),
      slots: shared.slots,
      pageGate: shared.pageGate,
      ...(options.apiRetry ? { apiRetry: options.apiRetry } : {}),
      ...(metrics ? { metrics } : {}),
    }),
    registry,
    maxConcurrentSessions: config.worker.maxConcurrentSessions,
    maxConcurrentActivityTaskExecutions: config.worker.maxConcurrentActivities,
    holderHeartbeatThrottleInterval: '10s',
    workerOptions: { interceptors: { activity: activityInterceptors } },
    ...(metrics ? { onSessionLost: () => metrics.sessionsLost.inc() } : {}),
  });
  const main = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: setup.taskQueue,
    workflowBundle: await workflowBundle(tracing !== undefined),
    interceptors: { activity: activityInterceptors },
    ...(tracing ? { sinks: tracing.sinks } : {}),
    activities: {
      ...createMainQueueActivities({
        store,
        projects: setup.configuredScopes,
        ...(metrics ? { metrics } : {}),
      }),
      ...setup.mainQueueActivities,
    },
  });
  let running: Promise<void> | undefined;
  return {
    taskQueue: setup.taskQueue,
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
