import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from '../store/migrate.js';
import { openStore, type Store } from '../store/open-store.js';

/** A fresh migrated database the bench owns: a new database on the server, or an in-memory PGlite. */
export interface BenchDatabase {
  url: string;
  open(poolSize?: number): Promise<Store>;
  drop(): Promise<void>;
}

/** Creates a fresh database named `hotpot_bench_<random>` on `serverUrl`, migrated. */
export async function createPostgresDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `hotpot_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const store = await openStore(url.toString(), { poolSize: 1 });
  try {
    await migrate(store.db);
  } finally {
    await store.close();
  }
  return {
    url: url.toString(),
    open: (poolSize = 10) => openStore(url.toString(), { poolSize }),
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

/** An in-memory PGlite store, migrated (each open() is a new, empty one). */
export const pgliteDatabase: BenchDatabase = {
  url: 'pglite://memory',
  async open() {
    const store = await openStore('pglite://memory');
    await migrate(store.db);
    return store;
  },
  drop: async () => {},
};

async function adminQuery(serverUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
