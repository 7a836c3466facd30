import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { testStore, testStoreKind, type TestStore } from '../test-support/database.js';
import { checkInvariants, clean } from './invariants.js';
import { TruthLog } from './truth-log.js';

const project = 'history-exact-1';
const needsServer = testStoreKind() === 'pglite' ? 'the checker reads a PostgreSQL store' : false;
let emulator: RunningEmulator;
let db: TestStore;
let client: pg.Client;
let truth: TruthLog;

before(async () => {
  if (needsServer) return;
  [emulator, db] = await Promise.all([
    startEmulator({
      generate: {
        seed: 'history-exact',
        projects: [project],
        zones: 1,
        instances: 1,
        disks: 1,
        networks: 1,
        withServices: true,
        serviceCounts: { buckets: 3, serviceAccounts: 2, sqlInstances: 1, runServices: 2, runJobs: 1 },
      },
    }),
    testStore('postgres'),
  ]);
  truth = new TruthLog(emulator.control, [project], { withServices: true, history: true });
  await truth.init();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});
after(async () => {
  await client?.end();
  await Promise.all([emulator?.stop(), db?.close()]);
});

/** Stores every object of the latest snapshot as a current row and one open history version. */
async function storeLatest(at: string) {
  for (const { type, table } of truth.types)
    for (const [id, raw] of truth.objects(project, type))
      for (const t of [table, `${table}_history`])
        await client.query(
          `insert into ${t} (scope, id, name, location, fingerprint, raw, first_seen, valid_from)
           values ($1, $2, $2, 'z', 'f', $3, $4, $4)`,
          [project, id, JSON.stringify(raw), at],
        );
}

test(
  'with services and history kept, a faithful store is clean and each history fault is counted',
  { skip: needsServer },
  async () => {
    await storeLatest('2026-01-01T00:00:00Z');
    const faithful = await checkInvariants(db.url, truth);
    assert.equal(faithful.historyMismatch, 0, faithful.examples.join('; '));
    assert.ok(clean(faithful), faithful.examples.join('; '));
    assert.ok(truth.objects(project, 'runServiceIamPolicies').size === 2, 'Cloud Run policies by service');

    const [bucket] = truth.objects(project, 'buckets').keys();
    await client.query(
      `update gcp_storage_buckets_history set valid_to = '2026-01-02T00:00:00Z' where scope = $1 and id = $2`,
      [project, bucket],
    );
    await client.query(
      `insert into gcp_storage_buckets_history (scope, id, name, location, fingerprint, raw, first_seen, valid_from)
       select scope, id, name, location, 'g', raw || '{"labels":{"x":"y"}}', first_seen, '2026-01-02T00:00:00Z'
       from gcp_storage_buckets where scope = $1 and id = $2`,
      [project, bucket],
    );
    const [key] = truth.objects(project, 'serviceAccountKeys').keys();
    await client.query(
      `update gcp_iam_service_account_keys_history set valid_to = now(), deleted_at = now() where scope = $1 and id = $2`,
      [project, key],
    );
    const [database] = truth.objects(project, 'sqlDatabases').keys();
    await client.query(`delete from gcp_sql_databases_history where scope = $1 and id = $2`, [
      project,
      database,
    ]);

    const report = await checkInvariants(db.url, truth);
    assert.equal(report.historyMismatch, 3, report.examples.join('; '));
    assert.equal(report.wrongDeletions, 1, 'the key was closed as deleted while it existed');
    assert.ok(!clean(report));
  },
);
