import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { testStore, type TestStore } from '../test-support/database.js';

let ts: TestStore;
before(async () => {
  ts = await testStore();
});
after(() => ts.close());

test('large values written through a store are compressed with LZ4 where the server offers it, else pglz', async () => {
  const db = ts.store.db;
  const offered = await sql<{ enumvals: string[] }>`
    select enumvals from pg_settings where name = 'default_toast_compression'`.execute(db);
  const expected = offered.rows[0]?.enumvals.includes('lz4') ? 'lz4' : 'pglz';
  await sql`create table compression_probe (raw jsonb not null)`.execute(db);
  const big = {
    items: Array.from({ length: 400 }, (_, i) => ({ name: `instance-${i}`, status: 'RUNNING' })),
  };
  await sql`insert into compression_probe values (${JSON.stringify(big)}::jsonb)`.execute(db);
  const r = await sql<{ method: string | null }>`
    select pg_column_compression(raw) as method from compression_probe`.execute(db);
  assert.equal(r.rows[0]!.method, expected);
});
