import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { instanceFixture } from '../gcp/compute/instance/fixtures.js';
import { instanceResource } from '../gcp/compute/instance/resource.js';
import { testStore, type TestStore } from '../test-support/database.js';
import { fingerprint } from './fingerprint.js';
import { ScopeWriter } from './scope-writer.js';

let ts: TestStore;
let db: Kysely<unknown>;
before(async () => {
  ts = await testStore();
  db = ts.store.db;
});
after(() => ts.close());

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12) + minute * 60_000);

async function sync(project: string, pages: unknown[][], minute: number, unreachable: string[] = []) {
  const writer = new ScopeWriter(db, instanceResource, project, at(minute));
  for (const page of pages) await writer.writePage(page, at(minute));
  return writer.finish(unreachable, ['us-central1-a'], `run-${minute}`, at(minute));
}

async function current(project: string) {
  const r = await sql<{
    id: string;
    name: string;
    status: string;
    raw: unknown;
    first_seen: Date;
    valid_from: Date;
  }>`
    select id, name, status, raw, first_seen, valid_from from gcp_compute_instances where project_id = ${project} order by id`.execute(
    db,
  );
  return r.rows;
}

async function history(project: string, id: string) {
  const r = await sql<{ status: string; valid_from: Date; valid_to: Date | null; deleted_at: Date | null }>`
    select status, valid_from, valid_to, deleted_at from gcp_compute_instances_history
    where project_id = ${project} and id = ${id} order by valid_from`.execute(db);
  return r.rows;
}

test('first sync inserts every row with one open history version', async () => {
  const items = [1, 2, 3].map((n) => instanceFixture(n));
  const counts = await sync('p1', [items.slice(0, 2), items.slice(2)], 0);
  assert.deepEqual(counts, { listed: 3, created: 3, changed: 0, unchanged: 0, deleted: 0 });
  const rows = await current('p1');
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[0]?.raw, items[0]);
  assert.equal((await history('p1', items[0]!.id!)).length, 1);
});

test('an unchanged re-sync writes nothing; a change closes the old version and opens a new one', async () => {
  const items = [1, 2, 3].map((n) => instanceFixture(n));
  const unchanged = await sync('p1', [items], 1);
  assert.deepEqual(unchanged, { listed: 3, created: 0, changed: 0, unchanged: 3, deleted: 0 });
  const changedItem = instanceFixture(2, { status: 'TERMINATED' });
  const counts = await sync('p1', [[items[0], changedItem, items[2]]], 2);
  assert.deepEqual(counts, { listed: 3, created: 0, changed: 1, unchanged: 2, deleted: 0 });
  const versions = await history('p1', changedItem.id!);
  assert.equal(versions.length, 2);
  assert.equal(versions[0]?.status, 'RUNNING');
  assert.deepEqual(versions[0]?.valid_to, at(2));
  assert.equal(versions[1]?.status, 'TERMINATED');
  assert.equal(versions[1]?.valid_to, null);
  const row = (await current('p1')).find((r) => r.id === changedItem.id);
  assert.deepEqual(row?.first_seen, at(0));
  assert.deepEqual(row?.valid_from, at(2));
});

test('key order alone is not a change', async () => {
  const reordered = Object.fromEntries(Object.entries(instanceFixture(1)).reverse());
  const counts = await sync(
    'p1',
    [[reordered, instanceFixture(2, { status: 'TERMINATED' }), instanceFixture(3)]],
    3,
  );
  assert.deepEqual(counts, { listed: 3, created: 0, changed: 0, unchanged: 3, deleted: 0 });
  const id = instanceFixture(1).id!;
  assert.equal((await history('p1', id)).length, 1, 'no new version');
  const stored = await sql<{ fingerprint: string }>`
    select fingerprint from gcp_compute_instances where project_id = 'p1' and id = ${id}`.execute(db);
  assert.equal(
    stored.rows[0]?.fingerprint,
    fingerprint(reordered),
    'the stored fingerprint follows the new key order',
  );
  const again = await sync(
    'p1',
    [[reordered, instanceFixture(2, { status: 'TERMINATED' }), instanceFixture(3)]],
    3,
  );
  assert.equal(again.unchanged, 3);
});

test('a change inside a nested array is a change even when the keys are reordered too', async () => {
  const item = instanceFixture(3);
  const nic = { ...item.networkInterfaces![0]!, networkIP: '10.99.0.1' };
  const reordered = Object.fromEntries(Object.entries({ ...item, networkInterfaces: [nic] }).reverse());
  const counts = await sync(
    'p1',
    [[instanceFixture(1), instanceFixture(2, { status: 'TERMINATED' }), reordered]],
    3.5,
  );
  assert.equal(counts.changed, 1);
  const versions = await history('p1', item.id!);
  assert.equal(versions.length, 2);
  await sync(
    'p1',
    [[instanceFixture(1), instanceFixture(2, { status: 'TERMINATED' }), instanceFixture(3)]],
    3.7,
  );
});

test('a resource missing from a complete listing is deleted and its history closed with the deletion time', async () => {
  const counts = await sync('p1', [[instanceFixture(1), instanceFixture(2, { status: 'TERMINATED' })]], 4);
  assert.equal(counts.deleted, 1);
  const gone = instanceFixture(3).id!;
  assert.equal(
    (await current('p1')).some((r) => r.id === gone),
    false,
  );
  const versions = await history('p1', gone);
  assert.deepEqual(versions.at(-1)?.deleted_at, at(4));
  assert.deepEqual(versions.at(-1)?.valid_to, at(4));
});

test('nothing is deleted in an unreachable location', async () => {
  await sync(
    'p2',
    [[instanceFixture(1, {}, 'p2', 'us-central1-a'), instanceFixture(2, {}, 'p2', 'europe-west1-b')]],
    0,
  );
  const counts = await sync('p2', [[instanceFixture(1, {}, 'p2', 'us-central1-a')]], 1, ['europe-west1-b']);
  assert.equal(counts.deleted, 0);
  assert.equal((await current('p2')).length, 2);
});

test('scopes are independent: another project is untouched', async () => {
  assert.equal((await current('p1')).length, 2);
  const counts = await sync('p3', [[]], 0);
  assert.deepEqual(counts, { listed: 0, created: 0, changed: 0, unchanged: 0, deleted: 0 });
  assert.equal((await current('p1')).length, 2);
});

test('two overlapping writers of one scope neither duplicate nor lose rows', async () => {
  const items = Array.from({ length: 200 }, (_, i) => instanceFixture(100 + i, {}, 'p4'));
  const a = new ScopeWriter(db, instanceResource, 'p4', at(10));
  const b = new ScopeWriter(db, instanceResource, 'p4', at(10));
  await Promise.all([a.writePage(items, at(10)), b.writePage(items, at(10))]);
  assert.equal(a.counts.created + b.counts.created, 200);
  const open = await sql<{ n: number }>`
    select count(*)::int as n from gcp_compute_instances_history where project_id = 'p4' and valid_to is null`.execute(
    db,
  );
  assert.equal(open.rows[0]?.n, 200);
  assert.equal((await current('p4')).length, 200);
});
