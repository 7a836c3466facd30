import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { migrate } from '../store/migrate.js';
import { openStore, type Store } from '../store/open-store.js';
import { startControlServer, type ControlServer } from './control-server.js';
import { remoteStore } from './remote-store.js';
import { sql } from 'kysely';

let store: Store;
let control: ControlServer;
before(async () => {
  store = await openStore('pglite://memory');
  await migrate(store.db);
  control = await startControlServer({ store, mutate: async () => ({}) });
});
after(async () => {
  await control.close();
  await store.close();
});

test('the dev control API refuses callers without the token', async () => {
  const res = await fetch(`${control.url}/sql`, { method: 'POST', body: '{}' });
  assert.equal(res.status, 401);
  const wrong = await fetch(`${control.url}/mutate`, {
    method: 'POST',
    headers: { authorization: 'Bearer nope' },
  });
  assert.equal(wrong.status, 401);
});

test('queries through the dev control API read, and cannot write', async () => {
  const remote = remoteStore(control.url, control.token, '/tmp/x');
  const rows = await sql<{ n: number }>`select count(*)::int as n from hotpot_migrations`.execute(remote.db);
  assert.ok((rows.rows[0]?.n ?? 0) >= 2);
  await assert.rejects(sql`delete from hotpot_migrations`.execute(remote.db), /read-only transaction/);
  const still = await sql<{ n: number }>`select count(*)::int as n from hotpot_migrations`.execute(store.db);
  assert.equal(still.rows[0]?.n, rows.rows[0]?.n);
});
