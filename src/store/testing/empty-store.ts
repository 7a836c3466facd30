import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../open-store.js';
import { databaseUrl, testServerUrl, testStoreKind, type TestStore } from '../../test-support/database.js';

async function onServer(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** A store with no migration applied, of the current pass's kind: for building a store as an older Hotpot left it. */
export async function emptyTestStore(): Promise<TestStore> {
  if (testStoreKind() === 'pglite') {
    const store = await openStore('pglite://memory');
    return { url: 'pglite://memory', store, close: () => store.close() };
  }
  const name = `hotpot_test_empty_${randomBytes(6).toString('hex')}`;
  await onServer(`create database ${name}`);
  const url = databaseUrl(name);
  const store = await openStore(url, { poolSize: 2 });
  return {
    url,
    store,
    async close() {
      await store.close();
      await onServer(`drop database if exists ${name} with (force)`);
    },
  };
}
