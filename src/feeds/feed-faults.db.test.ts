import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { computeResources } from '../gcp/compute/registry.js';
import { computeWorkflowId } from '../ingest/workflows/names.js';
import type { ProjectResult } from '../ingest/workflows/types.js';
import { packageRoot } from '../package-root.js';
import { testStoreKind } from '../test-support/database.js';
import { assertStoreMatchesTruth, ExpectedHistory } from '../test-support/store-truth.js';
import { feedEnv, feedSettled, type FeedEnv } from './testing/feed-env.js';

const run = randomBytes(3).toString('hex');
const projects = [`feed-race-1-${run}`, `feed-kill-1-${run}`, `feed-gap-1-${run}`];
/** The kinds a feed carries (a declared asset type); the others are as fresh as the last full sync. */
const kinds = computeResources
  .filter((r) => r.assetTypes?.length)
  .map(({ plural, table }) => ({ plural, table }));
const fed = new Set(kinds.map((k) => k.plural));
const mutable = ['instances', 'disks', 'networks'] as const;
let fe: FeedEnv;

before(async () => {
  fe = await feedEnv(projects, 2929);
});
after(() => fe?.close());

async function sync(projectId: string): Promise<ProjectResult> {
  const result = await (await fe.env.compute(projectId)).result();
  assert.equal(result.status, 'ok', JSON.stringify(result.error));
  return result;
}

function changesOf(result: ProjectResult): number {
  return Object.entries(result.resources)
    .filter(([plural]) => fed.has(plural))
    .reduce((n, [, c]) => n + c.created + c.changed + c.deleted, 0);
}

const truth = (project: string) => async () => [await fe.env.emulator.control.groundTruth(project)];

/** Retries `check` until it passes (the feed still delivering), at most `ms`. */
async function eventually(check: () => Promise<void>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

test('feed events and a full sync racing on one project never roll a resource back', async () => {
  const project = projects[0]!;
  const truths = truth(project);
  const expected = new ExpectedHistory(kinds);
  await sync(project);
  expected.observe(await truths());
  const listener = fe.listener();
  await listener.start();
  try {
    await fe.env.emulator.control.setFault({ kind: 'latency', project, latencyMs: 120 });
    const running = (await fe.env.compute(project)).result();
    let done = false;
    void running.finally(() => (done = true));
    for (let round = 0; round < 6 && !done; round++) {
      await fe.env.emulator.control.mutateRound({ percent: 10, types: [...mutable], projects: [project] });
      expected.observe(await truths());
      await new Promise((r) => setTimeout(r, 300));
    }
    assert.equal((await running).status, 'ok');
    await fe.env.emulator.control.clearFaults();
    await feedSettled(fe, listener);
  } finally {
    await listener.stop();
  }
  await assertStoreMatchesTruth(fe.env.db.store.db, await truths(), expected);
  assert.equal(changesOf(await sync(project)), 0, 'the next full sync changed something');
});

test('a listener killed mid-stream loses nothing and writes no version twice', async (t) => {
  if (testStoreKind() === 'pglite')
    return t.skip('PGlite admits one process: the listener child needs PostgreSQL');
  const project = projects[1]!;
  const truths = truth(project);
  const expected = new ExpectedHistory(kinds);
  await sync(project);
  expected.observe(await truths());
  await fe.env.emulator.control.setFeedFaults({ delayMs: [0, 1500] });
  await fe.env.emulator.control.mutateRound({ percent: 30, types: [...mutable], projects: [project] });
  expected.observe(await truths());
  const { temporal } = fe.env.config;
  const child = spawn(process.execPath, [path.join(packageRoot, 'dist', 'cli', 'main.js'), 'listen'], {
    env: {
      ...process.env,
      HOTPOT_DATABASE_URL: fe.env.db.url,
      HOTPOT_GCP_FEED_SUBSCRIPTIONS: fe.subscription,
      PUBSUB_EMULATOR_HOST: fe.server.host,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: temporal.namespace,
      HOTPOT_TASK_QUEUE: temporal.taskQueue,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
  const exited = new Promise((r) => child.once('exit', r));
  const applied = async () =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from feed_versions where scope = ${project}`.execute(fe.env.db.store.db)
    ).rows[0]!.n;
  await eventually(
    async () => assert.ok((await applied()) >= 3, `the child applied a few events; it said: ${output}`),
    30_000,
  );
  child.kill('SIGKILL');
  await exited;
  await fe.env.emulator.control.setFeedFaults({});
  const listener = fe.listener();
  await listener.start();
  try {
    // Pub/Sub redelivers what the killed child held only when the lease its client last set runs out: the
    // client's p99 ack latency, 10 s to 10 min, which reached 60 s on a loaded machine.
    await eventually(
      async () => assertStoreMatchesTruth(fe.env.db.store.db, await truths(), expected),
      180_000,
    );
  } finally {
    await listener.stop();
  }
  assert.equal(changesOf(await sync(project)), 0, 'the next full sync changed something');
});

test('an event older than the feed limit is a gap: the project is synced in full', async () => {
  const project = projects[2]!;
  await sync(project);
  const listener = fe.listener({ maxEventAgeSeconds: 1 });
  await fe.env.emulator.control.setFeedFaults({ delayMs: [1500, 1500] });
  await fe.env.emulator.control.mutateRound({ percent: 10, types: ['networks'], projects: [project] });
  await listener.start();
  try {
    await eventually(async () =>
      assert.ok(listener.stats.gapSyncs.includes(project), JSON.stringify(listener.stats.gapSyncs)),
    );
  } finally {
    await listener.stop();
    await fe.env.emulator.control.setFeedFaults({});
  }
  for (const p of listener.stats.gapSyncs)
    await fe.env.temporal.client.workflow.getHandle(computeWorkflowId(p)).result();
  const runs = async () =>
    (
      await sql<{ n: number }>`
        select count(distinct run_id)::int as n from ingest_scope_results where scope = ${project}`.execute(
        fe.env.db.store.db,
      )
    ).rows[0]!.n;
  assert.equal(await runs(), 2, 'the gap started a second full sync');
  const synced = await sql<{ requested: Date | null }>`
    select last_sync_requested_at as requested from feed_projects where project_id = ${project}`.execute(
    fe.env.db.store.db,
  );
  assert.notEqual(synced.rows[0]?.requested ?? null, null);
});
