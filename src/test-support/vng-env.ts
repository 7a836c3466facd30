import { providerInventoryInput } from '../client/provider-inventory-input.js';
import { createConfigService } from '../config/config-service.js';
import { startVngEmulator, type RunningVngEmulator, type VngEmulatorOptions } from '../emulator/vng/index.js';
import { startS1Emulator, type RunningS1Emulator, type S1EmulatorOptions } from '../emulator/s1/index.js';
import { Secret } from '../config/secret.js';
import { s1Provider } from '../s1/provider.js';
import { providerInventoryWorkflowId } from '../ingest/workflows/names.js';
import { ProviderInventoryWorkflow } from '../ingest/workflows/provider-inventory.workflow.js';
import type { ScopeResult } from '../ingest/workflows/types.js';
import type { WorkerConfig } from '../provider/provider.js';
import { vngProvider } from '../vng/provider.js';
import { createIngestWorker, type IngestWorker } from '../worker/ingest-worker.js';
import { testStore, type TestStore } from './database.js';
import { testTemporal, type TestTemporal } from './temporal.js';

/** Hotpot with the VNG emulator for one test file: a fresh store, Temporal, and a worker serving `vng` only. */
export interface VngEnv {
  vng: RunningVngEmulator;
  /** The SentinelOne emulator, when the environment was asked for one (console `s1-<projects[0]>`). */
  s1?: RunningS1Emulator;
  /** Runs ProviderInventoryWorkflow for the S1 console. */
  syncS1(): Promise<ScopeResult>;
  db: TestStore;
  temporal: TestTemporal;
  workers: IngestWorker;
  config: WorkerConfig;
  /** Every scope the config lists (`<project>/<region>`). */
  scopes: string[];
  /** Runs ProviderInventoryWorkflow for one scope and returns its result (a failed workflow rejects). */
  sync(scope: string, extra?: { allowMassDeletion?: boolean }): Promise<ScopeResult>;
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
  /** Also a SentinelOne console (served by the same worker), for coverage. */
  s1?: S1EmulatorOptions;
}): Promise<VngEnv> {
  const { seed, servers, ...emulatorOptions } = options.emulator ?? {};
  const [vng, db, temporal] = await Promise.all([
    startVngEmulator(
      emulatorOptions.estate
        ? emulatorOptions
        : {
            ...emulatorOptions,
            generate: {
              projects: options.projects,
              regions: options.regions,
              ...(seed !== undefined && { seed }),
              ...(servers !== undefined && { servers }),
            },
          },
    ),
    testStore(),
    testTemporal(),
  ]);
  const s1 = options.s1 ? await startS1Emulator(options.s1) : undefined;
  const console = `s1-${options.projects[0]}`;
  const config = vngWorkerConfig(vng, {
    temporal: { address: temporal.address, namespace: temporal.namespace },
    taskQueue: temporal.taskQueue('hotpot-ingest-vng-test'),
    projects: options.projects,
    regions: options.regions,
    pageSize: options.pageSize ?? 50,
    ...(options.clientSecret !== undefined && { clientSecret: options.clientSecret }),
    ...(options.deletion && { deletion: options.deletion }),
  });
  if (s1)
    config.s1 = {
      endpoint: s1.url,
      console,
      allowInsecureEndpoint: true,
      accountIds: [],
      taskQueue: temporal.taskQueue('hotpot-ingest-s1-test'),
      pageSize: 50,
      requestsPerMinute: 60_000,
      token: { source: 'inline', token: new Secret(s1.token) },
    };
  const workers = await createIngestWorker({
    config,
    store: db.store,
    connection: temporal.nativeConnection,
    configService: createConfigService(config),
    providers: s1 ? [vngProvider, s1Provider] : [vngProvider],
  });
  const running = workers.run();
  const target = vngProvider.inventoryTarget!(config);
  return {
    vng,
    ...(s1 && { s1 }),
    syncS1: () =>
      temporal.client.workflow.execute(ProviderInventoryWorkflow, {
        taskQueue: config.s1!.taskQueue,
        workflowId: providerInventoryWorkflowId(s1Provider.name, console),
        args: [{ ...providerInventoryInput(s1Provider, console), sessionHeartbeatTimeout: '10s' }],
      }),
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
      await Promise.all([vng.stop(), s1?.stop(), db.close(), temporal.close()]);
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
