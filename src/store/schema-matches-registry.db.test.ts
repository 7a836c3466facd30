import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { queryResources } from '../query/resources.js';
import type { ResourceDefinition } from '../provider/resource.js';
import { migrationSql, pendingSchema } from './schema/pending-schema.js';
import { describeChange } from './schema/schema-diff.js';
import type { TableDeclaration } from './schema/table-schema.js';
import { testStore, type TestStore } from '../test-support/database.js';

let ts: TestStore;
let db: Kysely<unknown>;
before(async () => {
  ts = await testStore();
  db = ts.store.db;
});
after(() => ts.close());

/** What the migrated store lacks for these declarations, one line per difference. */
async function differences(
  on: Kysely<unknown>,
  declarations: readonly TableDeclaration[],
): Promise<string[]> {
  return (await pendingSchema(on, declarations)).flatMap((p) => p.changes.map(describeChange));
}

class Rollback extends Error {}

/** Runs `fn` in a transaction that is always rolled back, so the store stays as migrated for the other tests. */
async function inRolledBackTransaction(fn: (tx: Kysely<unknown>) => Promise<void>): Promise<void> {
  try {
    await db.transaction().execute(async (tx) => {
      await fn(tx);
      throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
}

for (const resource of queryResources) {
  test(`${resource.kind}: the current and history tables are exactly the declaration (columns, types, nullability, defaults, indexes)`, async () => {
    assert.deepEqual(await differences(db, [resource]), []);
  });
}

const instance = queryResources.find((r) => r.kind === 'gcp.compute.instance')!;

/** The instance declaration changed the way a developer would, without a migration. */
const changedInstance: ResourceDefinition = {
  ...instance,
  columns: {
    ...Object.fromEntries(Object.entries(instance.columns).filter(([name]) => name !== 'cpu_platform')),
    status: { type: 'text' },
    machine_type: { type: 'text', index: 'btree' },
    network_tags: { type: 'text[]', nullable: true },
    hostname: 'text',
    min_cpu: { type: 'integer', nullable: false, default: 0 },
    internal_ips: 'jsonb',
  },
};

test('a changed declaration without its migration fails the check, naming each difference', async () => {
  assert.deepEqual((await differences(db, [changedInstance])).sort(), [
    'gcp_compute_instances: column cpu_platform is not declared',
    'gcp_compute_instances: column hostname (text) missing',
    "gcp_compute_instances: column internal_ips has default '{}'::text[], declared {}",
    'gcp_compute_instances: column internal_ips is text[], declared jsonb',
    'gcp_compute_instances: column min_cpu (integer) missing',
    "gcp_compute_instances: column network_tags has default '{}'::text[], declared none",
    'gcp_compute_instances: column network_tags is not null, declared nullable',
    'gcp_compute_instances: index gcp_compute_instances_machine_type_idx missing or different',
    'gcp_compute_instances: index gcp_compute_instances_status_idx is not declared or differs',
    'gcp_compute_instances_history: column cpu_platform is not declared',
    'gcp_compute_instances_history: column hostname (text) missing',
    "gcp_compute_instances_history: column internal_ips has default '{}'::text[], declared {}",
    'gcp_compute_instances_history: column internal_ips is text[], declared jsonb',
    'gcp_compute_instances_history: column min_cpu (integer) missing',
    "gcp_compute_instances_history: column network_tags has default '{}'::text[], declared none",
    'gcp_compute_instances_history: column network_tags is not null, declared nullable',
  ]);
});

test('the migration rendered for a changed declaration brings the tables to it', async () => {
  const pending = await pendingSchema(db, [changedInstance]);
  await inRolledBackTransaction(async (tx) => {
    await sql.raw(migrationSql(pending)).execute(tx);
    assert.deepEqual(await differences(tx, [changedInstance]), []);
    assert.notDeepEqual(await differences(tx, [instance]), [], 'the tables changed');
  });
  assert.deepEqual(await differences(db, [instance]), [], 'rolled back');
});

/** A declaration with no table yet, stating every kind of default the generator renders. */
const widget: TableDeclaration = {
  kind: 'test.widget',
  table: 'test_widgets',
  columns: {
    color: { type: 'text', default: "it's blue", index: 'btree' },
    size: { type: 'bigint', nullable: false, default: -3 },
    count: { type: 'integer', default: 7 },
    enabled: { type: 'boolean', nullable: false, default: false },
    tags: { type: 'text[]', default: ['a b', 'c"d', 'e,f', ''], index: 'gin' },
    spec: { type: 'jsonb', default: { b: [1, 2], a: 'x' } },
    maybe: { type: 'jsonb', nullable: true },
    since: { type: 'timestamptz', default: '2026-01-02T03:04:05.000Z' },
    notes: { type: 'text[]', nullable: true },
  },
};

test('a declaration with no table renders its current and history tables, which then match it', async () => {
  const pending = await pendingSchema(db, [widget]);
  assert.deepEqual(
    pending.flatMap((p) => p.changes.map(describeChange)),
    ['test_widgets: table missing', 'test_widgets_history: table missing'],
  );
  await inRolledBackTransaction(async (tx) => {
    await sql.raw(migrationSql(pending)).execute(tx);
    assert.deepEqual(await differences(tx, [widget]), []);
    await sql`insert into test_widgets (scope, id, name, location, fingerprint, raw, first_seen, valid_from)
      values ('p', '1', 'w', 'global', 'f', '{}', now(), now())`.execute(tx);
    const row = await sql<Record<string, unknown>>`
      select color, size::text as size, count, enabled, tags, spec, maybe, notes from test_widgets`.execute(
      tx,
    );
    assert.deepEqual(row.rows[0], {
      color: "it's blue",
      size: '-3',
      count: 7,
      enabled: false,
      tags: ['a b', 'c"d', 'e,f', ''],
      spec: { a: 'x', b: [1, 2] },
      maybe: null,
      notes: null,
    });
  });
});
