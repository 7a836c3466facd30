import { providerInventoryInput } from '../client/provider-inventory-input.js';
import { createConfigService } from '../config/config-service.js';
import type { HotpotConfig } from '../config/types.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../emulator/index.js';
import { ComputeWorkflow } from '../ingest/workflows/compute.workflow.js';
import { computeWorkflowId } from '../ingest/workflows/names.js';
import {
  startFortinetEmulator,
  type FortinetEmulatorOptions,
  type RunningFortinetEmulator,
} from '../emulator/fortinet/index.js';
import { fortinetProvider } from '../fortinet/provider.js';
import { providerInventoryWorkflowId } from '../ingest/workflows/names.js';
import { ProviderInventoryWorkflow } from '../ingest/workflows/provider-inventory.workflow.js';
import type { ProjectResult, ScopeResult } from '../ingest/workflows/types.js';
import { createIngestWorker, type IngestWorker } from '../worker/ingest-worker.js';
import { providersNamed } from '../worker/provider-registry.js';
import { testStore, type TestStore } from './database.js';
import { testTemporal, type TestTemporal } from './temporal.js';

/** Hotpot with the FortiOS emulator for one test file: a fresh store, Temporal, and a fortinet worker on a private queue. */
export interface FortinetEnv {
  fortinet: RunningFortinetEmulator;
  /** The Compute emulator, when the env serves GCP too. */
  gcp: RunningEmulator | undefined;
  db: TestStore;
  temporal: TestTemporal;
  workers: IngestWorker;
  taskQueue: string;
  /** Every scope of the estate, `<device>/<vdom>`. */
  scopes: string[];
  /** The worker's `fortinet` config section (the token inline). */
  section: {
    taskQueue: string;
    pageSize: number;
    devices: { name: string; baseUrl: string; vdoms: readonly string[] | 'all'; token: string }[];
  };
  /** The worker's Temporal settings (its GCP queue). */
  temporalConfig: { address: string; namespace: string; taskQueue: string };
  /** Runs one scope's ProviderInventoryWorkflow to its end. */
  sync(scope: string, options?: { allowMassDeletion?: boolean }): Promise<ScopeResult>;
  /** Runs a GCP project's ComputeWorkflow to its end (only with `gcp`). */
  syncGcp(project: string): Promise<ProjectResult>;
  close(): Promise<void>;
}

/** Starts the environment; `pageSize` small makes many pages from a small estate. */
export async function fortinetEnv(options: {
  fortinet?: FortinetEmulatorOptions;
  gcp?: EmulatorOptions;
  pageSize?: number;
  token?: string;
  /** Configure every device with `vdoms: all` instead of its VDOM list. */
  allVdoms?: boolean;
}): Promise<FortinetEnv> {
  const [fortinet, db, temporal, gcp] = await Promise.all([
    startFortinetEmulator(options.fortinet),
    testStore(),
    testTemporal(),
    options.gcp ? startEmulator(options.gcp) : undefined,
  ]);
  const taskQueue = temporal.taskQueue('hotpot-ingest-fortinet-test');
  const section = {
    taskQueue,
    pageSize: options.pageSize ?? 25,
    requestsPerMinute: 600_000,
    allowInsecureEndpoint: true,
    devices: fortinet.devices.map((d) => ({
      name: d.name,
      baseUrl: fortinet.deviceUrl(d.name),
      vdoms: options.allVdoms ? ('all' as const) : d.vdoms,
      token: options.token ?? fortinet.token,
    })),
  };
  const config = {
    temporal: {
      address: temporal.address,
      namespace: temporal.namespace,
      taskQueue: temporal.taskQueue('hotpot-ingest-gcp-test'),
    },
    gcp: {
      endpoint: gcp?.url ?? 'http://127.0.0.1:9',
      projects: [],
      credentials: { source: 'none' as const },
      requestsPerMinute: 60_000,
      pageSize: 500,
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
    sections: { fortinet: section },
  } satisfies Partial<HotpotConfig>;
  const workers = await createIngestWorker({
    config,
    store: db.store,
    connection: temporal.nativeConnection,
    configService: createConfigService(config),
    providers: providersNamed(gcp ? ['gcp', 'fortinet'] : ['fortinet']),
  });
  const running = workers.run();
  return {
    fortinet,
    gcp,
    db,
    temporal,
    workers,
    taskQueue,
    section,
    temporalConfig: config.temporal,
    scopes: fortinet.devices.flatMap((d) => d.vdoms.map((v) => `${d.name}/${v}`)),
    sync: (scope, opts = {}) =>
      temporal.client.workflow.execute(ProviderInventoryWorkflow, {
        taskQueue,
        workflowId: providerInventoryWorkflowId(fortinetProvider.name, scope),
        args: [{ ...providerInventoryInput(fortinetProvider, scope, opts), sessionHeartbeatTimeout: '10s' }],
      }),
    syncGcp: (project) =>
      temporal.client.workflow.execute(ComputeWorkflow, {
        taskQueue: config.temporal.taskQueue,
        workflowId: computeWorkflowId(project),
        args: [{ projectId: project }],
      }),
    async close() {
      await workers.shutdown();
      await running.catch(() => undefined);
      await Promise.all([fortinet.stop(), gcp?.stop(), db.close(), temporal.close()]);
    },
  };
}
