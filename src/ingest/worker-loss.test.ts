import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { activityTimeouts } from '../test-support/activity-timeouts.js';
import { testStore, testStoreKind, type TestStore } from '../test-support/database.js';
import { testTemporal, type TestTemporal } from '../test-support/temporal.js';
import type { ProjectResult } from './workflows/types.js';

const cli = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const project = 'worker-loss-test-1';
let emulator: RunningEmulator;
let db: TestStore;
let temporal: TestTemporal;
let taskQueue: string;
const workers: ChildProcess[] = [];

/** A `hotpot worker` process as an operator runs it, on this test's queue, store and emulator. */
function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [cli, 'worker'], {
    env: {
      ...process.env,
      HOTPOT_DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: temporal.address,
      HOTPOT_GCP_ENDPOINT: emulator.url,
      HOTPOT_TASK_QUEUE: taskQueue,
      HOTPOT_LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  workers.push(child);
  return new Promise((resolve, reject) => {
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (chunk.includes('hotpot worker ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was ready`)));
  });
}

/** Worker processes share the store, so this needs the PostgreSQL server (the runner's PGlite-only fallback skips it). */
const needsServer =
  testStoreKind() === 'pglite' ? 'needs PostgreSQL: worker processes share the store' : false;

before(async () => {
  if (needsServer) return;
  [emulator, db, temporal] = await Promise.all([
    startEmulator({
      /** 300 VMs: paced at the default 1,200 calls a minute, their tag bindings keep a sync busy ~15 s (the kill's window). */
      generate: { seed: 3, projects: [project], zones: 2, instances: 300, disks: 10, networks: 1 },
    }),
    testStore('postgres'),
    testTemporal(),
  ]);
  taskQueue = temporal.taskQueue('hotpot-worker-loss');
  await emulator.control.setFault({
    kind: 'latency',
    project,
    method: 'instances.aggregatedList',
    latencyMs: 1500,
  });
});
after(async () => {
  for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
  await Promise.all([emulator?.stop(), db?.close(), temporal?.close()]);
});

test(
  'a worker killed mid-ingestion: the project moves to the other worker and completes with the right data',
  { skip: needsServer },
  async () => {
    const [first, second] = await Promise.all([startWorker(), startWorker()]);
    const handle = await temporal.client.workflow.start('ComputeWorkflow', {
      taskQueue,
      workflowId: `gcp-compute/${project}`,
      args: [{ projectId: project, sessionHeartbeatTimeout: '3s' }],
    });
    let holder: number | undefined;
    for (const deadline = Date.now() + 30_000; holder === undefined && Date.now() < deadline; ) {
      const pending = (await handle.describe()).raw.pendingActivities ?? [];
      const ingest = pending.find(
        (a) => a.activityType?.name === 'IngestComputeKinds' && a.lastWorkerIdentity,
      );
      holder = ingest ? Number.parseInt(ingest.lastWorkerIdentity!, 10) : undefined;
      if (holder === undefined) await new Promise((r) => setTimeout(r, 200));
    }
    const victim = [first, second].find((w) => w.pid === holder);
    assert.ok(victim, `IngestComputeKinds runs on one of the two workers (identity pid ${holder})`);
    victim.kill('SIGKILL');

    const result = (await handle.result()) as ProjectResult;
    assert.equal(result.status, 'ok');
    const truth = await emulator.control.groundTruth(project);
    assert.equal(result.resources.instances?.listed, truth.resources.instances.length);
    const stored = await sql<{ n: number }>`
    select count(*)::int as n from gcp_compute_instances where scope = ${project}`.execute(db.store.db);
    assert.equal(stored.rows[0]?.n, truth.resources.instances.length);
    const open = await sql<{ n: number }>`
    select count(*)::int as n from gcp_compute_instances_history where scope = ${project} and valid_to is null`.execute(
      db.store.db,
    );
    assert.equal(
      open.rows[0]?.n,
      truth.resources.instances.length,
      'one open version per instance, no duplicates',
    );

    const history = await handle.fetchHistory();
    const holders = (history.events ?? []).filter(
      (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'SessionHolder',
    );
    assert.equal(holders.length, 2, 'a second session was created after the first was lost');
    const timeouts = activityTimeouts(history);
    assert.ok(timeouts.length > 0, 'the activities of the killed worker timed out');
    assert.deepEqual(
      [...new Set(timeouts)],
      ['HEARTBEAT'],
      'the loss was noticed by missed heartbeats, not by a whole activity timeout',
    );
    assert.equal(
      second === victim ? first.exitCode : second.exitCode,
      null,
      'the surviving worker still runs',
    );
  },
);
