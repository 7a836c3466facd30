import { randomBytes } from 'node:crypto';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import type { ServiceCounts } from '../emulator/services/generate-services.js';
import { gcpProvider } from '../gcp/provider.js';
import { GCPInventoryWorkflow } from '../ingest/workflows/gcp-inventory.workflow.js';
import type { InventoryResult } from '../ingest/workflows/types.js';
import { migrate } from '../store/migrate.js';
import { openStore, type Store } from '../store/open-store.js';
import { installQuietRuntime } from '../test-support/temporal.js';
import type { Lab } from './lab.js';
import { withIngestWorker } from './provider-scenario.js';
import type { ScenarioOutcome } from './scenario.js';
import { TruthLog } from './truth-log.js';

/** A generated estate with every Google service enabled, its store, its truth log and a sync through the inventory. */
export interface ServicesWorld {
  projects: string[];
  store: Store;
  databaseUrl: string;
  emulator: RunningEmulator;
  truth: TruthLog;
  /** One GCPInventoryWorkflow over every project; a run not `ok` is a problem when `expectOk`. */
  sync: (expectOk: boolean) => Promise<InventoryResult>;
}

/** What a services scenario's estate is made of. */
export interface ServicesWorldOptions {
  /** Names the database, queue, projects and seed. */
  name: string;
  projects: number;
  serviceCounts: Partial<ServiceCounts>;
  pageSize: number;
  /** Keep every version of every object in the truth log (history exactness). */
  history?: boolean;
}

/**
 * Builds a services world in the lab (own database, emulator and queue; 2 zones, 2 VMs a project besides the GKE
 * nodes), runs `body` with an in-process worker, then tears everything down.
 */
export async function withServicesWorld<T>(
  lab: Lab,
  outcome: ScenarioOutcome,
  options: ServicesWorldOptions,
  body: (world: ServicesWorld) => Promise<T>,
): Promise<T> {
  installQuietRuntime();
  const tag = randomBytes(3).toString('hex');
  const projects = Array.from({ length: options.projects }, (_, i) => `${options.name}-${i}${tag}`);
  const database = `faults_${options.name.replace(/[^a-z0-9]/g, '_')}_${tag}`;
  await lab.pg.createDatabase(database);
  const databaseUrl = lab.pg.url(database);
  const store = await openStore(databaseUrl, { poolSize: 4 });
  const emulator = await startEmulator({
    generate: {
      seed: `${options.name}-${tag}`,
      projects,
      zones: 2,
      instances: 2,
      disks: 1,
      withServices: true,
      serviceCounts: options.serviceCounts,
    },
  });
  const taskQueue = `faults-${options.name}-${tag}`;
  const config = {
    temporal: { address: lab.temporal.address, namespace: lab.temporal.namespace, taskQueue },
    gcp: {
      endpoint: emulator.url,
      projects: [],
      credentials: { source: 'none' as const },
      requestsPerMinute: 600_000,
      pageSize: options.pageSize,
      discovery: { parents: [], include: [], exclude: [], labels: '', requestsPerMinute: 600_000 },
    },
    worker: {
      maxConcurrentSessions: 20,
      maxConcurrentActivities: 20,
      inventoryConcurrency: 10,
      metricsPort: 0,
      metricsHost: '127.0.0.1',
      drainTimeoutMs: 10_000,
    },
    deletion: { maxShare: 0.5, minRows: 20 },
  };
  try {
    await migrate(store.db);
    const truth = new TruthLog(emulator.control, projects, {
      withServices: true,
      history: options.history ?? false,
    });
    await truth.init();
    const client = await lab.temporal.client();
    const sync = async (expectOk: boolean) => {
      outcome.runs++;
      const result = await client.workflow.execute(GCPInventoryWorkflow, {
        taskQueue,
        workflowId: `gcp-inventory/${options.name}-${tag}-${outcome.runs}`,
        args: [{ projectIds: projects }],
      });
      if (result.status === 'failed') outcome.failedRuns++;
      if (expectOk && result.status !== 'ok')
        outcome.problems.push(`clean sync ${outcome.runs}: ${JSON.stringify(result.projects).slice(0, 300)}`);
      return result;
    };
    return await withIngestWorker(
      lab,
      {
        config,
        providers: [gcpProvider],
        store,
        apiRetry: { maxAttempts: 3, baseDelayMs: 50 },
      },
      () => body({ projects, store, databaseUrl, emulator, truth, sync }),
    );
  } finally {
    await emulator.stop();
    await store.close();
  }
}
