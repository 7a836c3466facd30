import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { lastSynced } from '../../query/last-synced.js';
import { listRuns, runDetail } from '../../query/runs.js';
import { migrate, readMigrations } from '../migrate.js';
import { emptyTestStore } from '../testing/empty-store.js';
import { schemaSnapshot } from '../testing/schema-snapshot.js';
import { testStore, type TestStore } from '../../test-support/database.js';

/** The migration that renamed `project_id` to `scope` (its number changes as migrations merge; its name does not). */
const scopeMigration = readMigrations().find((m) => m.name === 'scope')!;

let old: TestStore;
let fresh: TestStore;
before(async () => {
  [old, fresh] = await Promise.all([emptyTestStore(), testStore()]);
});
after(async () => {
  await Promise.all([old.close(), fresh.close()]);
});

test('rows a store held under project_id read back under scope after the rename migration', async () => {
  assert.ok(scopeMigration, 'a migration named scope');
  const db = old.store.db;
  await migrate(
    db,
    readMigrations().filter((m) => m.version < scopeMigration.version),
  );
  await sql`insert into ingest_runs (run_id, workflow_id, workflow_type, started_at, finished_at, status, project_count)
    values ('r1', 'gcp-inventory', 'GCPInventoryWorkflow', '2026-01-01T00:00:00Z', '2026-01-01T00:05:00Z', 'ok', 2)`.execute(
    db,
  );
  await sql`insert into ingest_scope_results (run_id, project_id, resource_kind, started_at, finished_at, status, listed)
    values ('r1', 'p1', 'gcp.compute.instance', '2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z', 'ok', 1),
           ('r1', 'edge-1/root', 'fortinet.policy', '2026-01-01T00:00:00Z', '2026-01-01T00:02:00Z', 'ok', 0)`.execute(
    db,
  );
  await sql`insert into ingest_rejected_items (run_id, project_id, resource_kind, item_id, error, size_bytes, excerpt)
    values ('r1', 'p1', 'gcp.compute.instance', 'bad', 'no id', 3, '{}')`.execute(db);
  await sql`insert into sync_locations (project_id, resource_kind, location, last_seen_at, last_run_id)
    values ('p1', 'gcp.compute.instance', 'europe-west1-b', now(), 'r1')`.execute(db);
  await sql`insert into scope_leases (project_id, resource_kind, holder, execution, epoch, renewed_at, released)
    values ('p1', 'gcp.compute.instance', 'a', 'e', 3, now(), true)`.execute(db);
  await sql`insert into feed_versions (project_id, resource_kind, resource_id, valid_from, event_time, message_id)
    values ('p1', 'gcp.compute.instance', '42', now(), now(), 'm1')`.execute(db);
  await sql`insert into gcp_compute_instances (project_id, id, name, location, status, fingerprint, raw, first_seen, valid_from)
    values ('p1', '42', 'vm-1', 'europe-west1-b', 'RUNNING', 'f1', '{"id":"42"}', now(), now())`.execute(db);
  await sql`insert into gcp_compute_instances_history (project_id, id, name, location, status, fingerprint, raw, first_seen, valid_from)
    select project_id, id, name, location, status, fingerprint, raw, first_seen, valid_from from gcp_compute_instances`.execute(
    db,
  );

  const applied = await migrate(db);
  assert.ok(applied.some((m) => m.name === 'scope'));
  assert.deepEqual(await schemaSnapshot(db), await schemaSnapshot(fresh.store.db));

  const current = await sql`select scope, id, name from gcp_compute_instances`.execute(db);
  assert.deepEqual(current.rows, [{ scope: 'p1', id: '42', name: 'vm-1' }]);
  const history = await sql`select scope, id, valid_to from gcp_compute_instances_history`.execute(db);
  assert.deepEqual(history.rows, [{ scope: 'p1', id: '42', valid_to: null }]);
  for (const table of ['sync_locations', 'scope_leases', 'feed_versions']) {
    const r = await sql<{ scope: string }>`select scope from ${sql.table(table)}`.execute(db);
    assert.deepEqual(r.rows, [{ scope: 'p1' }], table);
  }
  const [run] = await listRuns(db);
  assert.equal(run?.run_id, 'r1');
  assert.equal(run?.scope_count, 2);
  const detail = await runDetail(db, 'r1');
  assert.deepEqual(
    detail.scopes.map((s) => [s.scope, s.resource_kind]),
    [
      ['edge-1/root', 'fortinet.policy'],
      ['p1', 'gcp.compute.instance'],
    ],
  );
  assert.deepEqual(
    detail.rejected.map((r) => [r.scope, r.item_id]),
    [['p1', 'bad']],
  );
  assert.deepEqual((await lastSynced(db, ['p1', 'edge-1/root'])).map((r) => r.scope).sort(), [
    'edge-1/root',
    'p1',
  ]);
});
