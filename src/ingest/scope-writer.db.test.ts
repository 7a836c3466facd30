import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { instanceFixture } from '../gcp/compute/instance/fixtures.js';
import { instanceResource } from '../gcp/compute/instance/resource.js';
import { testStore, type TestStore } from '../test-support/database.js';
import { fingerprint } from './fingerprint.js';
import { ScopeLease, scopeFencedType } from './scope-lease.js';
import { ScopeWriter } from './scope-writer.js';

let ts: TestStore;
let db: Kysely<unknown>;
before(async () => {
  ts = await testStore();
  db = ts.store.db;
});
after(() => ts.close());

const lease = (project: string, execution: string = randomUUID(), ttlMs?: number) =>
  ScopeLease.acquire(
    db,
    { scope: project, kind: instanceResource.kind },
    { execution, attempt: 'a#1' },
    ttlMs === undefined ? {} : { ttlMs },
  );

/** One listing of `pages`; every row it did not show in `covered` is treated as confirmed gone. */
async function sync(project: string, pages: unknown[][], covered = ['us-central1-a', 'europe-west1-b']) {
  const l = await lease(project);
  const writer = new ScopeWriter(db, instanceResource, project, l, `run-${randomUUID()}`);
  for (const page of pages) await writer.writePage(page);
  const gone = await writer.candidates(covered);
  await writer.deleteConfirmed(gone.map((c) => c.id));
  await l.release();
  return { ...writer.counts, candidates: gone.map((c) => c.name).sort(), blind: writer.blind };
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
    select id, name, status, raw, first_seen, valid_from from gcp_compute_instances
    where scope = ${project} order by id`.execute(db);
  return r.rows;
}

async function history(project: string, id: string) {
  const r = await sql<{ status: string; valid_from: Date; valid_to: Date | null; deleted_at: Date | null }>`
    select status, valid_from, valid_to, deleted_at from gcp_compute_instances_history
    where scope = ${project} and id = ${id} order by valid_from`.execute(db);
  return r.rows;
}

async function dbNow(): Promise<Date> {
  const r = await sql<{ t: Date }>`select clock_timestamp() as t`.execute(db);
  return new Date(r.rows[0]!.t);
}

const zero = { listed: 0, created: 0, changed: 0, unchanged: 0, deleted: 0, rejected: 0 };

test('first sync inserts every row with one open history version', async () => {
  const items = [1, 2, 3].map((n) => instanceFixture(n));
  const counts = await sync('p1', [items.slice(0, 2), items.slice(2)]);
  assert.deepEqual(counts, { ...zero, listed: 3, created: 3, candidates: [], blind: false });
  const rows = await current('p1');
  assert.equal(rows.length, 3);
  assert.deepEqual(rows[0]?.raw, items[0]);
  assert.equal((await history('p1', items[0]!.id!)).length, 1);
});

/** A project of its own, holding vm-1, vm-2 (TERMINATED) and vm-3 after one sync. */
async function seeded() {
  const project = `p-${randomUUID().slice(0, 8)}`;
  const items = [
    instanceFixture(1, {}, project),
    instanceFixture(2, { status: 'TERMINATED' }, project),
    instanceFixture(3, {}, project),
  ];
  await sync(project, [items]);
  return { project, items };
}

test('an unchanged re-sync writes nothing; a change closes the old version where the new one opens', async () => {
  const project = `p-${randomUUID().slice(0, 8)}`;
  const items = [1, 2, 3].map((n) => instanceFixture(n, {}, project));
  await sync(project, [items]);
  const unchanged = await sync(project, [items]);
  assert.deepEqual(unchanged, { ...zero, listed: 3, unchanged: 3, candidates: [], blind: false });
  const firstSeen = (await current(project)).find((r) => r.id === items[1]!.id)!.first_seen;
  const changedItem = instanceFixture(2, { status: 'TERMINATED' }, project);
  const counts = await sync(project, [[items[0], changedItem, items[2]]]);
  assert.deepEqual(counts, { ...zero, listed: 3, changed: 1, unchanged: 2, candidates: [], blind: false });
  const versions = await history(project, changedItem.id!);
  assert.equal(versions.length, 2);
  assert.equal(versions[0]?.status, 'RUNNING');
  assert.deepEqual(versions[0]?.valid_to, versions[1]?.valid_from);
  assert.equal(versions[1]?.status, 'TERMINATED');
  assert.equal(versions[1]?.valid_to, null);
  const row = (await current(project)).find((r) => r.id === changedItem.id);
  assert.deepEqual(row?.first_seen, firstSeen);
  assert.deepEqual(row?.valid_from, versions[1]?.valid_from);
});

test('key order alone is not a change', async () => {
  const { project, items } = await seeded();
  const reordered = Object.fromEntries(Object.entries(items[0]!).reverse());
  const page = [reordered, items[1], items[2]];
  const counts = await sync(project, [page]);
  assert.equal(counts.unchanged, 3);
  const id = items[0]!.id!;
  assert.equal((await history(project, id)).length, 1, 'no new version');
  const stored = await sql<{ fingerprint: string }>`
    select fingerprint from gcp_compute_instances where scope = ${project} and id = ${id}`.execute(db);
  assert.equal(
    stored.rows[0]?.fingerprint,
    fingerprint(reordered),
    'the stored fingerprint follows the new key order',
  );
  assert.equal((await sync(project, [page])).unchanged, 3);
});

test('a change inside a nested array is a change even when the keys are reordered too', async () => {
  const { project, items } = await seeded();
  const item = items[2]!;
  const nic = { ...item.networkInterfaces![0]!, networkIP: '10.99.0.1' };
  const reordered = Object.fromEntries(Object.entries({ ...item, networkInterfaces: [nic] }).reverse());
  const counts = await sync(project, [[items[0], items[1], reordered]]);
  assert.equal(counts.changed, 1);
  assert.equal((await history(project, item.id!)).length, 2);
});

test('a deletion closes the history with the same database time as deleted_at and valid_to', async () => {
  const { project, items } = await seeded();
  const counts = await sync(project, [[items[0], items[1]]]);
  assert.deepEqual(counts.candidates, ['vm-3']);
  assert.equal(counts.deleted, 1);
  const gone = items[2]!.id!;
  assert.equal(
    (await current(project)).some((r) => r.id === gone),
    false,
  );
  const last = (await history(project, gone)).at(-1)!;
  assert.ok(last.deleted_at);
  assert.deepEqual(last.deleted_at, last.valid_to);
});

test('only locations the listing covered have deletion candidates', async () => {
  await sync('p2', [
    [instanceFixture(1, {}, 'p2', 'us-central1-a'), instanceFixture(2, {}, 'p2', 'europe-west1-b')],
  ]);
  const none = await sync('p2', [[]], []);
  assert.deepEqual(none.candidates, [], 'a listing that covered no location deletes nothing');
  const oneZone = await sync('p2', [[instanceFixture(1, {}, 'p2', 'us-central1-a')]], ['us-central1-a']);
  assert.deepEqual(oneZone.candidates, []);
  assert.equal((await current('p2')).length, 2);
});

test('version times come from the database clock, not the worker clock', async () => {
  const realNow = Date.now;
  Date.now = () => realNow() + 5 * 60_000;
  try {
    const before = await dbNow();
    await sync('p5', [[instanceFixture(1, {}, 'p5')]]);
    const after = await dbNow();
    const row = (await current('p5'))[0]!;
    assert.ok(
      row.valid_from >= new Date(before.getTime() - 1) && row.valid_from <= after,
      `${row.valid_from.toISOString()}`,
    );
  } finally {
    Date.now = realNow;
  }
});

test('bad items are rejected and recorded; the rest of the page and earlier versions stay', async () => {
  const good = [1, 2, 3, 4].map((n) => instanceFixture(n, {}, 'p6'));
  await sync('p6', [good]);
  const page = [
    instanceFixture(1, { description: 'has a \u0000 NUL' }, 'p6'),
    instanceFixture(2, { creationTimestamp: 12345 as unknown as string }, 'p6'),
    instanceFixture(3, { description: 'x'.repeat(5 * 1024 * 1024) }, 'p6'),
    instanceFixture(4, { description: 'lone \ud800 surrogate' }, 'p6'),
    instanceFixture(5, {}, 'p6'),
  ];
  const counts = await sync('p6', [page]);
  assert.equal(counts.rejected, 4);
  assert.equal(counts.created, 1);
  assert.deepEqual(counts.candidates, [], 'rejected items count as seen');
  const rows = await current('p6');
  assert.equal(rows.length, 5);
  for (const g of good)
    assert.deepEqual(rows.find((r) => r.id === g.id)?.raw, g, `${g.name} keeps its previous version`);
  const recorded = await sql<{ item_id: string; error: string }>`
    select item_id, error from ingest_rejected_items where scope = 'p6' order by item_id`.execute(db);
  assert.deepEqual(
    recorded.rows.map((r) => r.item_id),
    good.map((g) => g.id),
  );
  assert.match(recorded.rows[0]!.error, /NUL/);
  assert.match(recorded.rows[1]!.error, /creation_timestamp/);
  assert.match(recorded.rows[2]!.error, /exceeds/);
  assert.match(recorded.rows[3]!.error, /database refused/);
});

test('an item without an id blinds the scope: nothing is deleted this run', async () => {
  const items = [1, 2].map((n) => instanceFixture(n, {}, 'p7'));
  await sync('p7', [items]);
  const counts = await sync('p7', [[instanceFixture(1, { id: undefined }, 'p7')]]);
  assert.equal(counts.blind, true);
  assert.deepEqual(counts.candidates, []);
  assert.equal((await current('p7')).length, 2);
});

test('a later attempt of the same execution fences the earlier one: it writes nothing more', async () => {
  const first = await lease('p8', 'exec-1');
  const zombie = new ScopeWriter(db, instanceResource, 'p8', first, 'run-z');
  await zombie.writePage([instanceFixture(1, {}, 'p8')]);
  const second = await lease('p8', 'exec-1');
  assert.equal(second.epoch, first.epoch + 1);
  await assert.rejects(zombie.writePage([instanceFixture(2, {}, 'p8')]), (err: Error & { type?: string }) => {
    assert.equal(err.type, scopeFencedType);
    return true;
  });
  await assert.rejects(zombie.deleteConfirmed([instanceFixture(3, {}, 'p8').id!]));
  assert.deepEqual(
    (await current('p8')).map((r) => r.name),
    ['vm-1'],
  );
  await second.release();
});

test('a page read first after an unchanged one still writes its change; a fenced attempt fails reading it', async () => {
  const items = [1, 2, 3].map((n) => instanceFixture(n, {}, 'p10'));
  await sync('p10', [items]);
  const changed = instanceFixture(3, { status: 'STOPPING' }, 'p10');
  const counts = await sync('p10', [items.slice(0, 2), [changed]]);
  assert.deepEqual(counts, { ...zero, listed: 3, changed: 1, unchanged: 2, candidates: [], blind: false });
  assert.deepEqual(
    (await history('p10', changed.id!)).map((v) => v.status),
    ['RUNNING', 'STOPPING'],
  );
  const zombieLease = await lease('p10', 'exec-10');
  const zombie = new ScopeWriter(db, instanceResource, 'p10', zombieLease, 'run-10');
  await zombie.writePage(items.slice(0, 2));
  assert.equal(zombie.counts.unchanged, 2);
  const newer = await lease('p10', 'exec-10');
  await assert.rejects(
    zombie.writePage([changed]),
    (err: Error & { type?: string }) => err.type === scopeFencedType,
  );
  await newer.release();
});

test('another execution waits for a live lease and takes it once released; an expired one is taken over', async () => {
  const held = await lease('p9', 'exec-a');
  let acquired = false;
  const waiting = lease('p9', 'exec-b').then((l) => ((acquired = true), l));
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(acquired, false, 'a live lease of another execution is waited for');
  await held.release();
  const next = await waiting;
  assert.equal(next.epoch, held.epoch + 1);
  const takeover = await lease('p9', 'exec-c', 0);
  assert.equal(takeover.epoch, next.epoch + 1);
  await assert.rejects(next.renew(), /newer attempt/);
  await takeover.release();
});
