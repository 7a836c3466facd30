import { providerInventoryInput } from '../client/provider-inventory-input.js';
import { createConfigService } from '../config/config-service.js';
import { startVngEmulator, type RunningVngEmulator, type VngEmulatorOptions } from '../emulator/vng/index.js';
import { providerInventoryWorkflowId } from '../ingest/workflows/names.js';
import { ProviderInventoryWorkflow } from '../ingest/workflows/provider-inventory.workflow.js';
import type { ProjectResult } from '../ingest/workflows/types.js';
import type { WorkerConfig } from '../provider/provider.js';
import { vngProvider } from '../vng/provider.js';
import { createIngestWorker, type IngestWorker } from '../worker/ingest-worker.js';
import { testStore, type TestStore } from './database.js';
import { testTemporal, type TestTemporal } from './temporal.js';

/** Hotpot with the VNG emulator for one test file: a fresh store, Temporal, and a worker serving `vng` only. */
export interface VngEnv {
  vng: RunningVngEmulator;
  db: TestStore;
  temporal: TestTemporal;
  workers: IngestWorker;
  config: WorkerConfig;
  /** Every scope the config lists (`<project>/<region>`). */
  scopes: string[];
  /** Runs ProviderInventoryWorkflow for one scope and returns its result (a failed workflow rejects). */
  sync(scope: string, extra?: { allowMassDeletion?: boolean }): Promise<ProjectResult>;
  close(): Promise<void>;
}

/** Starts the environment; `projects` × `regions` are the emulator's estate and the config's scopes. */
export async function vngEnv(options: {
  projects: string[];
  regions: string[];
  emulator?: Omit<VngEmulatorOptions, 'generate'> & { seed?: string; servers?: number };
  clientSecret?: string;
  pageSize?: number;
  deletion?: { maxShare: number; minRows: number };
}): Promise<VngEnv> {
  const { seed, servers, ...emulatorOptions } = options.emulator ?? {};
  const [vng, db, temporal] = await Promise.all([
    startVngEmulator({
      ...emulatorOptions,
      generate: {
        projects: options.projects,
        regions: options.regions,
        ...(seed !== undefined && { seed }),
        ...(servers !== undefined && { servers }),
      },
    }),
    testStore(),
    testTemporal(),
  ]);
  const config = vngWorkerConfig(vng, {
    temporal: { address: temporal.address, namespace: temporal.namespace },
    taskQueue: temporal.taskQueue('hotpot-ingest-vng-test'),
    projects: options.projects,
    regions: options.regions,
    pageSize: options.pageSize ?? 50,
    ...(options.clientSecret !== undefined && { clientSecret: options.clientSecret }),
    ...(options.deletion && { deletion: options.deletion }),
  });
  const workers = await createIngestWorker({
    config,
    store: db.store,
    connection: temporal.nativeConnection,
    configService: createConfigService(config),
    providers: [vngProvider],
  });
  const running = workers.run();
  const target = vngProvider.inventoryTarget!(config);
  return {
    vng,
    db,
    temporal,
    workers,
    config,
    scopes: target.scopes,
    sync: (scope, extra = {}) =>
      temporal.client.workflow.execute(ProviderInventoryWorkflow, {
        taskQueue: target.taskQueue,
        workflowId: providerInventoryWorkflowId(vngProvider.name, scope),
        args: [{ ...providerInventoryInput(vngProvider, scope, extra), sessionHeartbeatTimeout: '10s' }],
      }),
    async close() {
      await workers.shutdown();
      await running.catch(() => undefined);
      await Promise.all([vng.stop(), db.close(), temporal.close()]);
    },
  };
}

/** A worker config serving `vng` from a running emulator (the GCP part inert); the secret inline. */
export function vngWorkerConfig(
  vng: RunningVngEmulator,
  options: {
    temporal: { address: string; namespace: string };
    taskQueue: string;
    projects: string[];
    regions: string[];
    pageSize: number;
    clientSecret?: string;
    deletion?: { maxShare: number; minRows: number };
  },
): WorkerConfig {
  return {
    temporal: { ...options.temporal, taskQueue: `${options.taskQueue}-gcp` },
    gcp: { projects: [], credentials: { source: 'none' }, requestsPerMinute: 60_000, pageSize: 500 },
    sections: {
      vng: {
        iamEndpoint: vng.iamEndpoint,
        vserverEndpoint: vng.vserverEndpoint,
        allowInsecureEndpoint: true,
        clientId: vng.clientId,
        clientSecret: { token: options.clientSecret ?? vng.clientSecret },
        projects: options.projects,
        regions: options.regions,
        taskQueue: options.taskQueue,
        requestsPerMinute: 600_000,
        pageSize: options.pageSize,
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
    deletion: options.deletion ?? { maxShare: 0.5, minRows: 20 },
  };
}
