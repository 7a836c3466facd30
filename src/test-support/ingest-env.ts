import { computeWorkflowId } from '../ingest/workflows/names.js';
import { randomUUID } from 'node:crypto';
import type { WorkflowHandleWithFirstExecutionRunId as WorkflowHandle } from '@temporalio/client';
import { createConfigService } from '../config/config-service.js';
import type { HotpotConfig, TracingSettings } from '../config/types.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../emulator/index.js';
import { GCPInventoryWorkflow } from '../ingest/workflows/gcp-inventory.workflow.js';
import { ComputeWorkflow, type InstanceWorkflow } from '../ingest/workflows/compute.workflow.js';
import type { InventoryInput } from '../ingest/workflows/types.js';
import { gcpProvider } from '../gcp/provider.js';
import { createIngestWorker, type IngestWorker, type IngestWorkerOptions } from '../worker/ingest-worker.js';
import { testStore, type TestStore } from './database.js';
import { testTemporal, type TestTemporal } from './temporal.js';

/** A whole Hotpot for one test file: emulator, fresh store, Temporal, and a running worker on a private queue. */
export interface IngestEnv {
  emulator: RunningEmulator;
  db: TestStore;
  temporal: TestTemporal;
  worker: IngestWorker;
  config: Pick<HotpotConfig, 'temporal' | 'gcp' | 'worker' | 'deletion'>;
  inventory(input: InventoryInput): Promise<WorkflowHandle<typeof GCPInventoryWorkflow>>;
  compute(
    projectId: string,
    workflow?: typeof ComputeWorkflow | typeof InstanceWorkflow,
  ): Promise<WorkflowHandle<typeof ComputeWorkflow>>;
  close(): Promise<void>;
}

/** Starts the environment; `emulator` options choose the estate. */
export async function ingestEnv(
  options: {
    emulator?: EmulatorOptions;
    requestsPerMinute?: number;
    /** `gcp.pageSize` (default 500). */
    pageSize?: number;
    /** The worker's `gcp.projects` (read by an inventory with `projectSource: 'config'`). */
    projects?: string[];
    maxConcurrentSessions?: number;
    /** Google call retries within one activity attempt (default: the worker's own). */
    apiRetry?: IngestWorkerOptions['apiRetry'];
    /** The worker's `worker.tracing` (default: off). */
    tracing?: TracingSettings;
    /** The worker's `worker.skipKinds` (default: none). */
    skipKinds?: string[];
    /** A Temporal dev server of its own: for estates with fixed project ids, whose workflow ids other files use too. */
    ownTemporal?: boolean;
  } = {},
): Promise<IngestEnv> {
  const [emulator, db, temporal] = await Promise.all([
    startEmulator(options.emulator),
    testStore(),
    testTemporal({ own: options.ownTemporal === true }),
  ]);
  const taskQueue = temporal.taskQueue('hotpot-ingest-gcp-test');
  const config = {
    temporal: { address: temporal.address, namespace: temporal.namespace, taskQueue },
    gcp: {
      endpoint: emulator.url,
      projects: options.projects ?? [],
      credentials: { source: 'none' as const },
      requestsPerMinute: options.requestsPerMinute ?? 60_000,
      pageSize: options.pageSize ?? 500,
      discovery: { parents: [], include: [], exclude: [], labels: '', requestsPerMinute: 60_000 },
    },
    worker: {
      maxConcurrentSessions: options.maxConcurrentSessions ?? 10,
      maxConcurrentActivities: 20,
      inventoryConcurrency: 10,
      metricsPort: 0,
      metricsHost: '127.0.0.1',
      drainTimeoutMs: 30_000,
      ...(options.tracing ? { tracing: options.tracing } : {}),
      ...(options.skipKinds ? { skipKinds: options.skipKinds } : {}),
    },
    deletion: { maxShare: 0.5, minRows: 20 },
  };
  const worker = await createIngestWorker({
    config,
    providers: [gcpProvider],
    store: db.store,
    connection: temporal.nativeConnection,
    configService: createConfigService(config),
    ...(options.apiRetry ? { apiRetry: options.apiRetry } : {}),
  });
  const running = worker.run();
  return {
    emulator,
    db,
    temporal,
    worker,
    config,
    inventory: (input) =>
      temporal.client.workflow.start(GCPInventoryWorkflow, {
        taskQueue,
        workflowId: `gcp-inventory/test-${randomUUID()}`,
        args: [input],
      }),
    compute: (projectId, workflow) =>
      temporal.client.workflow.start(workflow ?? ComputeWorkflow, {
        taskQueue,
        workflowId: computeWorkflowId(projectId),
        args: [{ projectId }],
      }),
    async close() {
      await worker.shutdown();
      await running.catch(() => undefined);
      await Promise.all([emulator.stop(), db.close(), temporal.close()]);
    },
  };
}
