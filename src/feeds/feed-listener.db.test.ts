import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { computeResources } from '../gcp/compute/registry.js';
import type { ProjectResult } from '../ingest/workflows/types.js';
import { assertStoreMatchesTruth, ExpectedHistory } from '../test-support/store-truth.js';
import { feedEnv, feedSettled, type FeedEnv } from './testing/feed-env.js';

const run = randomBytes(3).toString('hex');
const projects = [`feed-test-1-${run}`, `feed-test-2-${run}`];
/** The kinds a feed carries (a declared asset type); the others are as fresh as the last full sync. */
const kinds = computeResources
  .filter((r) => r.assetTypes?.length)
  .map(({ plural, table }) => ({ plural, table }));
const fed = new Set(kinds.map((k) => k.plural));
const mutable = ['instances', 'disks', 'networks'] as const;
let fe: FeedEnv;

before(async () => {
  fe = await feedEnv(projects, 29);
});
after(() => fe?.close());

async function sync(projectId: string): Promise<ProjectResult> {
  const result = await (await fe.env.compute(projectId)).result();
  assert.equal(result.status, 'ok', JSON.stringify(result.error));
  return result;
}

/** Resources a sync created, changed or deleted, over the kinds a feed carries. */
function changesOf(result: ProjectResult): number {
  return Object.entries(result.resources)
    .filter(([plural]) => fed.has(plural))
    .reduce((n, [, c]) => n + c.created + c.changed + c.deleted, 0);
}

test('duplicated and reordered feed events give exactly the ground truth history; the next sync finds nothing', async () => {
  const project = projects[0]!;
  const truths = async () => [await fe.env.emulator.control.groundTruth(project)];
  const expected = new ExpectedHistory(kinds);
  await sync(project);
  expected.observe(await truths());
  const listener = fe.listener();
  await listener.start();
  try {
    await fe.env.emulator.control.setFeedFaults({
      delayMs: [0, 300],
      duplicate: 0.3,
      reorder: 0.3,
      reorderMs: 700,
    });
    for (let round = 0; round < 3; round++) {
      await fe.env.emulator.control.mutateRound({ percent: 20, types: [...mutable], projects: [project] });
      expected.observe(await truths());
    }
    await feedSettled(fe, listener);
  } finally {
    await listener.stop();
    await fe.env.emulator.control.setFeedFaults({});
  }
  const { stats } = await fe.env.emulator.control.feed();
  assert.ok(stats.duplicated > 0 && stats.reordered > 0, JSON.stringify(stats));
  assert.ok(listener.stats.outcomes.applied > 0, JSON.stringify(listener.stats.outcomes));
  assert.ok(listener.stats.outcomes.duplicate > 0, JSON.stringify(listener.stats.outcomes));
  await assertStoreMatchesTruth(fe.env.db.store.db, await truths(), expected);
  const marked = await sql<{ n: number }>`select count(*)::int as n from feed_versions`.execute(
    fe.env.db.store.db,
  );
  assert.ok(marked.rows[0]!.n > 0, 'versions from the feed are marked');
  assert.equal(changesOf(await sync(project)), 0, 'the next full sync changed something');
});

test('an event older than a newer sync is ignored, and history stays the ground truth', async () => {
  const project = projects[1]!;
  const expected = new ExpectedHistory(kinds);
  await sync(project);
  expected.observe([await fe.env.emulator.control.groundTruth(project)]);
  const truth = await fe.env.emulator.control.groundTruth(project);
  const vm = truth.resources.instances[0]!;
  const at = { project, type: 'instances' as const, name: vm.name!, location: vm.zone!.split('/').pop()! };
  await fe.env.emulator.control.applyOps([{ op: 'update', ...at, set: { 'labels.stage': 'one' } }]);
  await fe.env.emulator.control.applyOps([{ op: 'update', ...at, set: { 'labels.stage': 'two' } }]);
  await sync(project);
  expected.observe([await fe.env.emulator.control.groundTruth(project)]);
  const listener = fe.listener();
  await listener.start();
  try {
    await feedSettled(fe, listener);
  } finally {
    await listener.stop();
  }
  assert.equal(listener.stats.outcomes.applied, 0, JSON.stringify(listener.stats.outcomes));
  assert.ok(listener.stats.outcomes.stale >= 1, JSON.stringify(listener.stats.outcomes));
  await assertStoreMatchesTruth(
    fe.env.db.store.db,
    [await fe.env.emulator.control.groundTruth(project)],
    expected,
  );
});

test('an event of a project never synced, or of a kind Hotpot does not ingest, is acknowledged and counted', async () => {
  const listener = fe.listener();
  await listener.start();
  try {
    const topic = fe.pubsub.topic(fe.topic);
    const startTime = new Date().toISOString();
    await topic.publishMessage({
      json: {
        asset: {
          name: '//compute.googleapis.com/projects/not-synced-project/global/networks/n1',
          assetType: 'compute.googleapis.com/Network',
          resource: { data: { id: '1', name: 'n1', kind: 'compute#network' } },
        },
        window: { startTime },
      },
    });
    await topic.publishMessage({
      json: {
        asset: { name: '//storage.googleapis.com/b1', assetType: 'storage.googleapis.com/Bucket' },
        window: { startTime },
      },
    });
    const deadline = Date.now() + 30_000;
    while (listener.stats.outcomes.ignored < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
  } finally {
    await listener.stop();
  }
  assert.equal(listener.stats.outcomes.ignored, 2);
  const rows = await sql<{ n: number }>`
    select count(*)::int as n from gcp_compute_networks where scope = 'not-synced-project'`.execute(
    fe.env.db.store.db,
  );
  assert.equal(rows.rows[0]!.n, 0);
});
