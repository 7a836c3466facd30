import type { WorkflowHandleWithFirstExecutionRunId as WorkflowHandle } from '@temporalio/client';
import { createConfigService } from '../config/config-service.js';
import { Secret } from '../config/secret.js';
import type { HotpotConfig, S1Config, S1TokenSource } from '../config/types.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../emulator/index.js';
import { startS1Emulator, type RunningS1Emulator, type S1EmulatorOptions } from '../emulator/s1/index.js';
import { createIngestWorker, type IngestWorker } from '../worker/ingest-worker.js';
import { providersNamed } from '../worker/provider-registry.js';
import { s1InventoryWorkflowId } from '../ingest/workflows/names.js';
import { S1InventoryWorkflow } from '../ingest/workflows/s1-inventory.workflow.js';
import { testStore, type TestStore } from './database.js';
import { testTemporal, type TestTemporal } from './temporal.js';

/** Hotpot with both emulators for one test file: a fresh store, Temporal, and workers on private queues. */
export interface S1Env {
  s1: RunningS1Emulator;
  gcp: RunningEmulator;
  db: TestStore;
  temporal: TestTemporal;
  workers: IngestWorker;
  config: Pick<HotpotConfig, 'temporal' | 'gcp' | 'worker' | 'deletion'> & { s1: S1Config };
  /** Starts the console's S1InventoryWorkflow. */
  ingestS1(): Promise<WorkflowHandle<typeof S1InventoryWorkflow>>;
  close(): Promise<void>;
}

/** Starts the environment; `console` names the S1 scope (distinct per test file keeps workflow ids apart). */
export async function s1Env(options: {
  console: string;
  s1?: S1EmulatorOptions;
  gcp?: EmulatorOptions;
  /** Provider names the worker serves (default both). */
  providers?: string[];
  token?: string;
  /** Where the worker reads the token (default: inline `token`, else the emulator's). */
  tokenSource?: S1TokenSource;
}): Promise<S1Env> {
  const [s1, gcp, db, temporal] = await Promise.all([
    startS1Emulator(options.s1),
    startEmulator(options.gcp ?? { generate: { seed: 's1-env', projects: ['s1-env-gcp'], instances: 4 } }),
    testStore(),
    testTemporal(),
  ]);
  const config = {
    temporal: {
      address: temporal.address,
      namespace: temporal.namespace,
      taskQueue: temporal.taskQueue('hotpot-ingest-gcp-test'),
    },
    gcp: {
      endpoint: gcp.url,
      projects: [],
      credentials: { source: 'none' as const },
      requestsPerMinute: 60_000,
      pageSize: 500,
    },
    s1: {
      endpoint: s1.url,
      console: options.console,
      allowInsecureEndpoint: true,
      accountIds: [],
      taskQueue: temporal.taskQueue('hotpot-ingest-s1-test'),
      pageSize: 7,
      requestsPerMinute: 60_000,
      token: options.tokenSource ?? {
        source: 'inline' as const,
        token: new Secret(options.token ?? s1.token),
      },
    },
    worker: {
      maxConcurrentSessions: 10,
      maxConcurrentActivities: 20,
      inventoryConcurrency: 10,
      metricsPort: 0,
      metricsHost: '127.0.0.1',
      drainTimeoutMs: 30_000,
    },
    deletion: { maxShare: 0.5, minRows: 20 },
  };
  const workers = await createIngestWorker({
    config,
    store: db.store,
    connection: temporal.nativeConnection,
    configService: createConfigService(config),
    providers: providersNamed(options.providers ?? ['gcp', 's1']),
  });
  const running = workers.run();
  return {
    s1,
    gcp,
    db,
    temporal,
    workers,
    config,
    ingestS1: () =>
      temporal.client.workflow.start(S1InventoryWorkflow, {
        taskQueue: config.s1.taskQueue,
        workflowId: s1InventoryWorkflowId(options.console),
        args: [{ console: options.console, sessionHeartbeatTimeout: '10s' }],
      }),
    async close() {
      await workers.shutdown();
      await running.catch(() => undefined);
      await Promise.all([s1.stop(), gcp.stop(), db.close(), temporal.close()]);
    },
  };
}
