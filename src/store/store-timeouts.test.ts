import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { sql } from 'kysely';
import { testServerUrl, testStoreKind } from '../test-support/database.js';
import { openStore } from './open-store.js';

const needsServer = testStoreKind() === 'pglite' ? 'needs PostgreSQL' : false;

test(
  'a statement running past database.statementTimeoutMs is cancelled by the server',
  { skip: needsServer, timeout: 30_000 },
  async () => {
    const store = await openStore(testServerUrl(), { statementTimeoutMs: 1000 });
    try {
      await assert.rejects(sql`select pg_sleep(20)`.execute(store.db), /statement timeout/);
      const after = await sql<{ one: number }>`select 1 as one`.execute(store.db);
      assert.equal(after.rows[0]?.one, 1, 'the pool still works after the cancelled statement');
    } finally {
      await store.close();
    }
  },
);

test(
  'a server that accepts but never answers fails the connect after database.connectTimeoutMs',
  { timeout: 30_000 },
  async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      await assert.rejects(
        openStore(`postgres://postgres@127.0.0.1:${port}/none`, { connectTimeoutMs: 500 }),
        /cannot connect to PostgreSQL.*timeout/i,
      );
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  },
);

test(
  'a query waiting for a connection of a full pool fails after database.connectTimeoutMs',
  { skip: needsServer, timeout: 30_000 },
  async () => {
    const store = await openStore(testServerUrl(), { poolSize: 1, connectTimeoutMs: 500 });
    try {
      const holding = sql`select pg_sleep(3)`.execute(store.db);
      await assert.rejects(sql`select 1`.execute(store.db), /timeout/i);
      await holding;
    } finally {
      await store.close();
    }
  },
);
