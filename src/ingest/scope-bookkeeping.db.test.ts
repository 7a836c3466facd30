import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { instanceFixture } from '../gcp/compute/instance/fixtures.js';
import { instanceResource } from '../gcp/compute/instance/resource.js';
import { testStore, type TestStore } from '../test-support/database.js';
import { beginScope, finishScope } from './scope-bookkeeping.js';
import { ScopeLease, scopeFencedType } from './scope-lease.js';
import { ScopeWriter } from './scope-writer.js';

let ts: TestStore;
let db: Kysely<unknown>;
before(async () => {
  ts = await testStore();
  db = ts.store.db;
});
after(() => ts.close());

const zero = { listed: 0, created: 0, changed: 0, unchanged: 0, deleted: 0, rejected: 0 };
const outcome = { ...zero, status: 'ok' as const, unreachable: [], apiCalls: 1, confirmCalls: 0, held: 0 };

async function scopeRow(runId: string, project: string) {
  const r = await sql<{ status: string; listed: number; started_at: Date; covered: string[] }>`
    select status, listed, started_at, covered from ingest_scope_results
    where run_id = ${runId} and scope = ${project} and resource_kind = ${instanceResource.kind}`.execute(db);
  return r.rows[0];
}

async function seenLocations(project: string) {
  const r = await sql<{ location: string; last_run_id: string }>`
    select location, last_run_id from sync_locations
    where scope = ${project} and resource_kind = ${instanceResource.kind} order by location`.execute(db);
  return r.rows;
}

test('beginScope takes the lease, records the scope as running and tells whether the scope held rows', async () => {
  const project = `p-${randomUUID()}`;
  const runId = `run-${randomUUID()}`;
  const holder = { execution: randomUUID(), attempt: 'a#1' };
  const first = await beginScope(db, instanceResource, { runId, scope: project }, holder);
  assert.equal(first.hadRows, false);
  const row = await scopeRow(runId, project);
  assert.equal(row?.status, 'running');
  assert.equal(row?.started_at.getTime(), first.lease.acquiredAt.getTime());
  const run = await sql<{
    workflow_type: string;
  }>`select workflow_type from ingest_runs where run_id = ${runId}`.execute(db);
  assert.equal(run.rows[0]?.workflow_type, 'unknown', 'a run not recorded yet is recorded as unknown');
  const writer = new ScopeWriter(db, instanceResource, project, first.lease, runId, first.hadRows);
  await writer.writePage([instanceFixture(1, {}, project)]);
  await finishScope(db, first.lease, {
    runId,
    result: { ...outcome, ...writer.counts },
    covered: ['us-central1-a'],
  });

  const again = await beginScope(db, instanceResource, { runId, scope: project }, holder);
  assert.equal(again.hadRows, true);
  assert.equal((await scopeRow(runId, project))?.listed, 0, 'a retry in the same run resets the counts');
  await again.lease.release();
});

test('finishScope records the outcome and the covered locations and releases the lease', async () => {
  const project = `p-${randomUUID()}`;
  const runId = `run-${randomUUID()}`;
  const { lease } = await beginScope(
    db,
    instanceResource,
    { runId, scope: project },
    {
      execution: 'exec-a',
      attempt: 'a#1',
    },
  );
  await finishScope(db, lease, {
    runId,
    result: { ...outcome, listed: 3 },
    covered: ['europe-west1-b', 'us-central1-a'],
  });
  const row = await scopeRow(runId, project);
  assert.equal(row?.status, 'ok');
  assert.equal(row?.listed, 3);
  assert.deepEqual(row?.covered, ['europe-west1-b', 'us-central1-a']);
  assert.deepEqual(await seenLocations(project), [
    { location: 'europe-west1-b', last_run_id: runId },
    { location: 'us-central1-a', last_run_id: runId },
  ]);
  const other = await ScopeLease.acquire(
    db,
    { scope: project, kind: instanceResource.kind },
    { execution: 'exec-b', attempt: 'b#1' },
    { onWait: () => assert.fail('the finished scope was not released') },
  );
  assert.equal(other.epoch, lease.epoch + 1);
  await other.release();
});

test('a fenced attempt finishes nothing: no outcome, no locations, the newer lease kept', async () => {
  const project = `p-${randomUUID()}`;
  const runId = `run-${randomUUID()}`;
  const holder = { execution: 'exec-z', attempt: 'z#1' };
  const zombie = await beginScope(db, instanceResource, { runId, scope: project }, holder);
  const newer = await beginScope(
    db,
    instanceResource,
    { runId, scope: project },
    { ...holder, attempt: 'z#2' },
  );
  await assert.rejects(
    finishScope(db, zombie.lease, { runId, result: { ...outcome, listed: 9 }, covered: ['us-central1-a'] }),
    (err: Error & { type?: string }) => err.type === scopeFencedType,
  );
  assert.equal((await scopeRow(runId, project))?.status, 'running');
  assert.deepEqual(await seenLocations(project), []);
  await newer.lease.renew();
  await newer.lease.release();
});
