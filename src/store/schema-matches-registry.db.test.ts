import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { queryResources } from '../query/resources.js';
import { rowColumnTypes } from '../provider/resource.js';
import { testStore, type TestStore } from '../test-support/database.js';

let ts: TestStore;
let db: Kysely<unknown>;
before(async () => {
  ts = await testStore();
  db = ts.store.db;
});
after(() => ts.close());

/** information_schema's names for the SQL types a declaration may use. */
const sqlType: Record<string, string> = {
  text: 'text',
  'text[]': 'ARRAY',
  jsonb: 'jsonb',
  bigint: 'bigint',
  integer: 'integer',
  boolean: 'boolean',
  timestamptz: 'timestamp with time zone',
};

async function columnsOf(table: string): Promise<Record<string, string>> {
  const r = await sql<{ column_name: string; data_type: string }>`
    select column_name, data_type from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}`.execute(db);
  return Object.fromEntries(r.rows.map((c) => [c.column_name, c.data_type]));
}

for (const resource of queryResources) {
  test(`${resource.kind}: the current and history tables have exactly the declared columns`, async () => {
    const declared = Object.fromEntries(
      Object.entries(rowColumnTypes(resource)).map(([name, type]) => [
        name,
        sqlType[type] ?? `unknown ${type}`,
      ]),
    );
    const current = {
      project_id: 'text',
      ...declared,
      first_seen: 'timestamp with time zone',
      valid_from: 'timestamp with time zone',
    };
    const history = {
      ...current,
      valid_to: 'timestamp with time zone',
      deleted_at: 'timestamp with time zone',
    };
    assert.deepEqual(await columnsOf(resource.table), current);
    assert.deepEqual(await columnsOf(`${resource.table}_history`), history);
  });
}
