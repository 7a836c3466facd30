import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { instanceFixture } from '../gcp/compute/instance/fixtures.js';
import { instanceResource } from '../gcp/compute/instance/resource.js';
import { testStore, type TestStore } from '../test-support/database.js';
import { EmptyScopeBatch } from './empty-scopes.js';
import { writeNewScope } from './new-scope.js';
import { ScopeLease } from './scope-lease.js';

let ts: TestStore;
let db: Kysely<unknown>;
before(async () => {
  ts = await testStore();
  db = ts.store.db;
});
after(() => ts.close());

const listing = (items: unknown[]) => ({
  items,
  status: 'ok' as const,
  unreachable: [],
  covered: ['us-central1-a'],
  apiCalls: 1,
});

async function begun(project: string, runId: string) {
  await EmptyScopeBatch.begin(db, [instanceResource], { runId, scope: project });
}

async function stored(project: string) {
  const cur = await sql<{ id: string; raw: unknown; valid_from: Date }>`
    select id, raw, valid_from from gcp_compute_instances where scope = ${project} order by id`.execute(db);
  const hist = await sql<{ id: string; valid_from: Date; valid_to: Date | null }>`
    select id, valid_from, valid_to from gcp_compute_instances_history where scope = ${project} order by id`.execute(
    db,
  );
  return { cur: cur.rows, hist: hist.rows };
}

test('a one-page scope that held no rows is stored with its outcome, locations and a released lease', async () => {
  const project = `p-${randomUUID()}`;
  const runId = `run-${randomUUID()}`;
  await begun(project, runId);
  const items = [instanceFixture(1, {}, project), instanceFixture(2, {}, project)];
  const holder = { execution: randomUUID(), attempt: 'a#1' };
  assert.equal(
    await writeNewScope(db, instanceResource, { runId, scope: project }, holder, listing(items)),
    2,
  );
  const { cur, hist } = await stored(project);
  assert.deepEqual(
    cur.map((r) => r.raw),
    [...items].sort((a, b) => (instanceResource.identify(a) < instanceResource.identify(b) ? -1 : 1)),
  );
  assert.deepEqual(
    hist.map((h) => [h.id, h.valid_from.getTime(), h.valid_to]),
    cur.map((r) => [r.id, r.valid_from.getTime(), null]),
    'one open history version per row, from the same time',
  );
  const row = await sql<{
    status: string;
    listed: number;
    created: number;
    covered: string[];
    api_calls: number;
  }>`
    select status, listed, created, covered, api_calls from ingest_scope_results
    where run_id = ${runId} and scope = ${project} and resource_kind = ${instanceResource.kind}`.execute(db);
  assert.deepEqual(row.rows[0], {
    status: 'ok',
    listed: 2,
    created: 2,
    covered: ['us-central1-a'],
    api_calls: 1,
  });
  const seen = await sql<{ location: string; last_run_id: string }>`
    select location, last_run_id from sync_locations
    where scope = ${project} and resource_kind = ${instanceResource.kind}`.execute(db);
  assert.deepEqual(seen.rows, [{ location: 'us-central1-a', last_run_id: runId }]);
  const lease = await sql<{ released: boolean; execution: string }>`
    select released, execution from scope_leases where scope = ${project}`.execute(db);
  assert.deepEqual(lease.rows, [{ released: true, execution: holder.execution }]);
});

test('nothing is written while another execution holds the lease, or once the scope holds rows', async () => {
  const project = `p-${randomUUID()}`;
  const runId = `run-${randomUUID()}`;
  await begun(project, runId);
  const other = await ScopeLease.acquire(
    db,
    { scope: project, kind: instanceResource.kind },
    { execution: randomUUID(), attempt: 'b#1' },
  );
  const holder = { execution: randomUUID(), attempt: 'a#1' };
  const page = listing([instanceFixture(1, {}, project)]);
  assert.equal(await writeNewScope(db, instanceResource, { runId, scope: project }, holder, page), undefined);
  assert.deepEqual((await stored(project)).cur, []);
  await other.release();
  assert.equal(await writeNewScope(db, instanceResource, { runId, scope: project }, holder, page), 1);
  const again = listing([instanceFixture(2, {}, project)]);
  assert.equal(
    await writeNewScope(db, instanceResource, { runId, scope: project }, holder, again),
    undefined,
    'a scope holding rows has deletions to consider: the ordinary path syncs it',
  );
  assert.equal((await stored(project)).cur.length, 1);
});

test('a page with an item to reject, or a duplicate id, is left to the ordinary path', async () => {
  const project = `p-${randomUUID()}`;
  const runId = `run-${randomUUID()}`;
  await begun(project, runId);
  const holder = { execution: randomUUID(), attempt: 'a#1' };
  const one = instanceFixture(1, {}, project);
  const key = { runId, scope: project };
  assert.equal(await writeNewScope(db, instanceResource, key, holder, listing([one, one])), undefined);
  const nul = instanceFixture(2, { description: 'a\u0000b' }, project);
  assert.equal(await writeNewScope(db, instanceResource, key, holder, listing([nul])), undefined);
  assert.deepEqual((await stored(project)).cur, []);
});
