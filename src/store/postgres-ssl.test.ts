import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { postgresBinDir, startPgCluster, type PgCluster } from '../faults/pg-cluster.js';
import { makeTestCerts, type TestCerts } from '../temporal/testing/test-certs.js';
import { openStore } from './open-store.js';
import { testTempDir } from '../test-support/temp-dir.js';

function missingPostgres(): string | false {
  try {
    postgresBinDir();
    return false;
  } catch (err) {
    return (err as Error).message;
  }
}

const skip = missingPostgres();
const PASSWORD = 'pw-not-printed-8c1e';
let dir: string;
let certs: TestCerts;
let cluster: PgCluster;

before(async () => {
  if (skip) return;
  dir = testTempDir('pg-ssl');
  certs = makeTestCerts(dir);
  cluster = await startPgCluster(certs.server);
});

after(async () => {
  await cluster?.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const urlWith = (query: string) => `${cluster.url('postgres', PASSWORD)}?${query}`;

test('sslmode=verify-full with the test CA connects over TLS', { skip }, async () => {
  const store = await openStore(urlWith(`sslmode=verify-full&sslrootcert=${encodeURIComponent(certs.ca)}`));
  try {
    const { rows } = await sql<{
      ssl: boolean;
    }>`select ssl from pg_stat_ssl where pid = pg_backend_pid()`.execute(store.db);
    assert.equal(rows[0]?.ssl, true);
    assert.doesNotMatch(store.description, new RegExp(PASSWORD));
  } finally {
    await store.close();
  }
});

test(
  'sslmode=verify-full with another CA is refused, and the error shows no password',
  { skip },
  async () => {
    const stranger = path.join(dir, 'stranger-ca.crt');
    await assert.rejects(
      openStore(urlWith(`sslmode=verify-full&sslrootcert=${encodeURIComponent(stranger)}`)),
      (err: Error) => {
        assert.match(err.message, /certificate/i);
        assert.doesNotMatch(err.message + String(err.stack), new RegExp(PASSWORD));
        return true;
      },
    );
  },
);
