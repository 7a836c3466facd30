/** `npm run record-histories`: re-records the workflow histories the replay test checks the code against. */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { WorkflowHandle } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { createConfigService } from '../../config/config-service.js';
import { ingestEnv, type IngestEnv } from '../../test-support/ingest-env.js';
import { gcpProvider } from '../../gcp/provider.js';
import { createIngestWorker, type IngestWorker } from '../../worker/ingest-worker.js';
import { historyToFixture } from './history-fixtures.js';

/** Where the fixtures live in the source tree (copied to dist by scripts/copy-assets.mjs). */
export const historiesSourceDir = fileURLToPath(
  new URL('../../../src/ingest/workflows/histories/', import.meta.url),
);

const healthy = ['history-ok-1', 'history-ok-2', 'history-ok-3'];
const forbidden = 'history-forbidden';

async function settle(handle: WorkflowHandle): Promise<void> {
  await handle.result().catch(() => undefined);
}

async function save(env: IngestEnv, name: string, workflowId: string, runId?: string): Promise<void> {
  const history = await env.temporal.client.workflow.getHandle(workflowId, runId).fetchHistory();
  const json = JSON.stringify(historyToFixture(workflowId, history), null, 1);
  fs.writeFileSync(path.join(historiesSourceDir, `${name}.json`), `${json}\n`);
  process.stdout.write(`recorded ${name} (${history.events?.length ?? 0} events, ${json.length} bytes)\n`);
}

/** Runs each scenario against the emulator and saves its history as `<name>.json`. */
export async function recordHistories(): Promise<void> {
  fs.mkdirSync(historiesSourceDir, { recursive: true });
  const env = await ingestEnv({
    emulator: {
      generate: {
        seed: 21,
        projects: [...healthy, forbidden],
        zones: 1,
        instances: 2,
        disks: 1,
        networks: 1,
        overrides: { [forbidden]: { forbidden: true } },
      },
    },
    apiRetry: { maxAttempts: 1 },
  });
  try {
    const ok = await env.compute(healthy[0]!);
    await settle(ok);
    await save(env, 'compute-ok', ok.workflowId);

    await env.emulator.control.setFault({
      kind: 'unavailable',
      project: healthy[1]!,
      method: 'instances.aggregatedList',
      count: 1,
    });
    const retried = await env.compute(healthy[1]!);
    await settle(retried);
    await save(env, 'compute-kind-retried', retried.workflowId);
    await env.emulator.control.clearFaults();

    const failed = await env.compute(forbidden);
    await settle(failed);
    await save(env, 'compute-permanent-failure', failed.workflowId);

    const { InstanceWorkflow } = await import('../workflows/compute.workflow.js');
    const instances = await env.compute(healthy[1]!, InstanceWorkflow);
    await settle(instances);
    await save(env, 'instance-ok', instances.workflowId);

    await env.emulator.control.setFault({ kind: 'latency', project: healthy[2]!, latencyMs: 3000 });
    const cancelled = await env.temporal.client.workflow.start('ComputeWorkflow', {
      taskQueue: env.config.temporal.taskQueue,
      workflowId: `gcp-compute/cancelled-${randomUUID()}`,
      args: [{ projectId: healthy[2]! }],
    });
    await new Promise((r) => setTimeout(r, 1500));
    await cancelled.cancel();
    await settle(cancelled);
    await save(env, 'compute-cancelled', cancelled.workflowId);
    await env.emulator.control.clearFaults();

    const inventory = await env.inventory({
      projectIds: [...healthy, forbidden],
      concurrency: 2,
      childrenPerRun: 2,
    });
    await settle(inventory);
    await save(env, 'inventory-continued-as-new', inventory.workflowId, inventory.firstExecutionRunId);
    await save(env, 'inventory-last-run', inventory.workflowId);

    await recordSessionLost(env);
  } finally {
    await env.close();
  }
  await recordServices();
}

/**
 * An inventory of a project with GKE, Cloud SQL, Storage and IAM enabled (the `gcp-services` patch: one
 * GcpServiceWorkflow per service beside ComputeWorkflow), and one of those service workflows.
 */
export async function recordServices(): Promise<void> {
  const project = 'history-services';
  const env = await ingestEnv({
    emulator: {
      generate: {
        seed: 22,
        projects: [project],
        zones: 1,
        instances: 1,
        disks: 1,
        networks: 1,
        withServices: true,
      },
    },
    apiRetry: { maxAttempts: 1 },
  });
  try {
    const inventory = await env.inventory({ projectIds: [project] });
    await settle(inventory);
    await save(env, 'inventory-services', inventory.workflowId);
    await save(env, 'service-ok', `gcp-iam/${project}`);
  } finally {
    await env.close();
  }
}

/** A ComputeWorkflow whose session's worker stops mid-ingestion: the session is lost and re-created on a second worker. */
async function recordSessionLost(env: IngestEnv): Promise<void> {
  const connection = await NativeConnection.connect({ address: env.temporal.address });
  const second = await createIngestWorker({
    config: env.config,
    providers: [gcpProvider],
    store: env.db.store,
    connection,
    configService: createConfigService(env.config),
  });
  const running = second.run();
  try {
    await env.emulator.control.setFault({ kind: 'latency', project: healthy[2]!, latencyMs: 2000 });
    const handle = await env.temporal.client.workflow.start('ComputeWorkflow', {
      taskQueue: env.config.temporal.taskQueue,
      workflowId: `gcp-compute/session-lost-${randomUUID()}`,
      args: [{ projectId: healthy[2]!, sessionHeartbeatTimeout: '3s' }],
    });
    let holder: IngestWorker | undefined;
    for (let i = 0; i < 200 && !holder; i++) {
      holder = [env.worker, second].find((w) => w.providers.gcp!.registry.size > 0);
      if (!holder) await new Promise((r) => setTimeout(r, 50));
    }
    if (!holder) throw new Error('no worker took the session');
    await holder.shutdown();
    await settle(handle);
    await save(env, 'compute-session-lost', handle.workflowId);
    await env.emulator.control.clearFaults();
  } finally {
    await second.shutdown();
    await running.catch(() => undefined);
    await connection.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  recordHistories().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
