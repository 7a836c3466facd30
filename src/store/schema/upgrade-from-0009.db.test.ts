import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { packageRoot } from '../../package-root.js';
import { queryResources } from '../../query/resources.js';
import { migrate, readMigrations, type Migration } from '../migrate.js';
import { emptyTestStore } from '../testing/empty-store.js';
import { schemaSnapshot } from '../testing/schema-snapshot.js';
import { testStore, type TestStore } from '../../test-support/database.js';
import { pendingSchema } from './pending-schema.js';

/**
 * The hand-written migrations 0002, 0004, 0005, 0007 and 0009 as Hotpot shipped them before the resource tables
 * were rendered from the declarations, frozen: a store an older Hotpot migrated to version 9 was built by these.
 */
const frozen = path.join(packageRoot, 'dist', 'store', 'testing', 'store-0009');

/** The migration chain of a version-9 store: today's files, with the frozen hand-written ones in their place. */
function chainOf0009(): Migration[] {
  const handWritten = new Map(fs.readdirSync(frozen).map((f) => [f.slice(0, -4), f]));
  return readMigrations()
    .filter((m) => m.version <= 9)
    .map((m) => {
      const file = handWritten.get(`${String(m.version).padStart(4, '0')}_${m.name}`);
      return file ? { ...m, sql: fs.readFileSync(path.join(frozen, file), 'utf8') } : m;
    });
}

let old: TestStore;
let fresh: TestStore;
before(async () => {
  [old, fresh] = await Promise.all([emptyTestStore(), testStore()]);
});
after(async () => {
  await Promise.all([old.close(), fresh.close()]);
});

test('the frozen chain is the hand-written one: its per-table files differ from the rendered migrations', () => {
  const rendered = new Map(readMigrations().map((m) => [m.version, m.sql]));
  const replaced = chainOf0009().filter((m) => m.sql !== rendered.get(m.version));
  assert.deepEqual(
    replaced.map((m) => m.version),
    [2, 4, 5, 7, 9],
  );
});

test('a store migrated to version 9 by the hand-written migrations upgrades to the schema of a fresh store, rows kept', async () => {
  const db = old.store.db;
  await migrate(db, chainOf0009());
  await sql`insert into gcp_compute_instances (project_id, id, name, location, status, fingerprint, raw, first_seen, valid_from)
    values ('p1', '42', 'vm-1', 'europe-west1-b', 'RUNNING', 'f1', '{"id":"42"}', now(), now())`.execute(db);

  const applied = await migrate(db);
  assert.deepEqual(
    applied.map((m) => m.version),
    readMigrations()
      .filter((m) => m.version > 9)
      .map((m) => m.version),
  );
  assert.deepEqual(await schemaSnapshot(db), await schemaSnapshot(fresh.store.db));
  assert.deepEqual(
    await pendingSchema(db, queryResources),
    [],
    'the upgraded store matches every declaration',
  );
  const kept = await sql<{ scope: string; name: string; status: string; internal_ips: string[] }>`
    select scope, name, status, internal_ips from gcp_compute_instances where id = '42'`.execute(db);
  assert.deepEqual(kept.rows, [{ scope: 'p1', name: 'vm-1', status: 'RUNNING', internal_ips: [] }]);
});
