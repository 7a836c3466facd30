import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { convertInstance } from '../gcp/compute/instance/convert.js';
import { instanceFixture } from '../gcp/compute/instance/fixtures.js';
import { instanceResource } from '../gcp/compute/instance/resource.js';
import { testStore, type TestStore } from '../test-support/database.js';
import { rederiveColumns } from './rederive.js';
import type { ResourceDefinition } from '../provider/resource.js';
import { ScopeLease } from './scope-lease.js';
import { ScopeWriter } from './scope-writer.js';

let ts: TestStore;
let db: Kysely<unknown>;
const instances = instanceResource as ResourceDefinition;
before(async () => {
  ts = await testStore();
  db = ts.store.db;
  await rederiveColumns(db, [instances]);
  const lease = await ScopeLease.acquire(
    db,
    { scope: 'p', kind: instances.kind },
    { execution: 'e', attempt: 'a' },
  );
  const writer = new ScopeWriter(db, instances, 'p', lease, 'run-1');
  await writer.writePage([instanceFixture(1, {}, 'p'), instanceFixture(2, {}, 'p')]);
  await lease.release();
  const again = await ScopeLease.acquire(
    db,
    { scope: 'p', kind: instances.kind },
    { execution: 'e2', attempt: 'a' },
  );
  await new ScopeWriter(db, instances, 'p', again, 'run-2').writePage([
    instanceFixture(1, { status: 'STOPPED' }, 'p'),
  ]);
  await again.release();
});
after(() => ts.close());

async function rows(table: string) {
  const r = await sql<{ id: string; status: string; machine_type: string; fingerprint: string }>`
    select id, status, machine_type, fingerprint from ${sql.table(table)} order by id, valid_from`.execute(
    db,
  );
  return r.rows;
}

test('an unchanged signature re-derives nothing', async () => {
  assert.deepEqual(await rederiveColumns(db, [instances]), []);
});

test('a changed converter re-derives typed columns of current rows and every history version, in place', async () => {
  const currentBefore = await rows('gcp_compute_instances');
  const historyBefore = await rows('gcp_compute_instances_history');
  assert.equal(historyBefore.length, 3, 'vm-1 has two versions, vm-2 one');
  const changed: ResourceDefinition = {
    ...instances,
    convert: (item) => ({
      ...convertInstance(item as Parameters<typeof convertInstance>[0]),
      machine_type: 'derived',
    }),
  };
  const [result] = await rederiveColumns(db, [changed]);
  assert.deepEqual(result, { kind: instances.kind, current: 2, history: 3, refused: 0 });
  const currentAfter = await rows('gcp_compute_instances');
  const historyAfter = await rows('gcp_compute_instances_history');
  assert.deepEqual(
    currentAfter,
    currentBefore.map((r) => ({ ...r, machine_type: 'derived' })),
  );
  assert.deepEqual(
    historyAfter,
    historyBefore.map((r) => ({ ...r, machine_type: 'derived' })),
    'no version added, statuses of old versions kept, fingerprints untouched',
  );
  assert.deepEqual(await rederiveColumns(db, [changed]), [], 'done once');
});

test('a bumped version restores columns from the raw objects', async () => {
  await sql`update gcp_compute_instances set status = 'garbage'`.execute(db);
  const [result] = await rederiveColumns(db, [{ ...instances, version: 7 }]);
  assert.equal(result?.current, 2);
  assert.deepEqual(
    (await rows('gcp_compute_instances')).map((r) => r.status),
    ['STOPPED', 'RUNNING'],
  );
});
