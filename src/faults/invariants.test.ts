import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { testStore, testStoreKind, type TestStore } from '../test-support/database.js';
import { checkInvariants, clean } from './invariants.js';
import { storedTypes, TruthLog } from './truth-log.js';

const project = 'invariants-1';
const servicesProject = 'history-exact-1';
const needsServer = testStoreKind() === 'pglite' ? 'the checker reads a PostgreSQL store' : false;
let emulator: RunningEmulator;
let servicesEmulator: RunningEmulator;
let db: TestStore;
let client: pg.Client;
let truth: TruthLog;
let servicesTruth: TruthLog;

before(async () => {
  if (needsServer) return;
  [emulator, servicesEmulator, db] = await Promise.all([
    startEmulator({
      generate: { seed: 5, projects: [project], zones: 1, instances: 3, disks: 1, networks: 1 },
    }),
    startEmulator({
      generate: {
        seed: 'history-exact',
        projects: [servicesProject],
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
  truth = new TruthLog(emulator.control, [project]);
  await truth.init();
  servicesTruth = new TruthLog(servicesEmulator.control, [servicesProject], {
    withServices: true,
    history: true,
  });
  await servicesTruth.init();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
});
after(async () => {
  await client?.end();
  await Promise.all([emulator?.stop(), servicesEmulator?.stop(), db?.close()]);
});

/** Stores every ground-truth object as a current row and one open history version from `at`. */
async function storeGroundTruth(at: string) {
  for (const { type, table } of storedTypes) {
    for (const r of truth.latest.get(project)!.resources[type] as { id: string; name: string }[]) {
      for (const t of [table, `${table}_history`]) {
        await client.query(
          `insert into ${t} (scope, id, name, location, fingerprint, raw, first_seen, valid_from)
           values ($1, $2, $3, 'z', 'f', $4, $5, $5)`,
          [project, r.id, r.name, JSON.stringify(r), at],
        );
      }
    }
  }
}

test(
  'the checker finds nothing wrong in a store equal to the ground truth, and each kind of damage',
  { skip: needsServer },
  async () => {
    await storeGroundTruth('2026-01-01T00:00:00Z');
    assert.ok(clean(await checkInvariants(db.url, truth)), 'a faithful store is clean');
    const [a, b, c] = truth.latest.get(project)!.resources.instances.map((i) => i.id!);

    await client.query(`delete from gcp_compute_instances where id = $1`, [a]);
    await client.query(
      `update gcp_compute_instances_history set valid_to = now(), deleted_at = now() where id = $1`,
      [a],
    );
    await client.query(`update gcp_compute_instances set raw = raw || '{"status":"GONE"}' where id = $1`, [
      b,
    ]);
    await client.query(
      `insert into gcp_compute_instances_history (scope, id, name, location, fingerprint, raw, first_seen, valid_from, valid_to)
     values ($1, $2, 'x', 'z', 'f', '{}', '2025-12-31T00:00:00Z', '2025-12-31T00:00:00Z', '2026-01-02T00:00:00Z')`,
      [project, c],
    );
    await client.query(
      `insert into gcp_compute_disks (scope, id, name, location, fingerprint, raw, first_seen, valid_from)
     values ($1, 'no-such-disk', 'x', 'z', 'f', '{}', now(), now())`,
      [project],
    );

    const firewall = truth.latest.get(project)!.resources.firewalls[0]!.id!;
    await client.query(`update gcp_compute_firewalls set raw = raw || '{"priority":1}' where id = $1`, [
      firewall,
    ]);
    const rule = truth.latest.get(project)!.resources.forwardingRules[0]!.id!;
    await client.query(`delete from gcp_compute_forwarding_rules where id = $1`, [rule]);
    await client.query(`delete from gcp_compute_forwarding_rules_history where id = $1`, [rule]);

    const report = await checkInvariants(db.url, truth);
    assert.equal(report.lost, 2, 'the deleted instance and forwarding rule are lost');
    assert.equal(report.wrongDeletions, 1, 'it was deleted while it existed');
    assert.equal(report.rawMismatch, 2, 'the changed instance and firewall differ from the ground truth');
    assert.equal(report.duplicates, 1, 'the extra version overlaps the open one');
    assert.equal(report.stale, 1, 'the unknown disk is stale');
    assert.equal(
      report.currentVsHistory,
      3,
      'changed raws (instance, firewall) and the disk without history differ from history',
    );
    assert.ok(!clean(report));
  },
);

/** Stores every object of the latest snapshot as a current row and one open history version. */
async function storeServicesLatest(at: string) {
  for (const { type, table } of servicesTruth.types)
    for (const [id, raw] of servicesTruth.objects(servicesProject, type))
      for (const t of [table, `${table}_history`])
        await client.query(
          `insert into ${t} (scope, id, name, location, fingerprint, raw, first_seen, valid_from)
           values ($1, $2, $2, 'z', 'f', $3, $4, $4)`,
          [servicesProject, id, JSON.stringify(raw), at],
        );
}

test(
  'with services and history kept, a faithful store is clean and each history fault is counted',
  { skip: needsServer },
  async () => {
    await storeServicesLatest('2026-01-01T00:00:00Z');
    const faithful = await checkInvariants(db.url, servicesTruth);
    assert.equal(faithful.historyMismatch, 0, faithful.examples.join('; '));
    assert.ok(clean(faithful), faithful.examples.join('; '));
    assert.ok(
      servicesTruth.objects(servicesProject, 'runServiceIamPolicies').size === 2,
      'Cloud Run policies by service',
    );

    const [bucket] = servicesTruth.objects(servicesProject, 'buckets').keys();
    await client.query(
      `update gcp_storage_buckets_history set valid_to = '2026-01-02T00:00:00Z' where scope = $1 and id = $2`,
      [servicesProject, bucket],
    );
    await client.query(
      `insert into gcp_storage_buckets_history (scope, id, name, location, fingerprint, raw, first_seen, valid_from)
       select scope, id, name, location, 'g', raw || '{"labels":{"x":"y"}}', first_seen, '2026-01-02T00:00:00Z'
       from gcp_storage_buckets where scope = $1 and id = $2`,
      [servicesProject, bucket],
    );
    const [key] = servicesTruth.objects(servicesProject, 'serviceAccountKeys').keys();
    await client.query(
      `update gcp_iam_service_account_keys_history set valid_to = now(), deleted_at = now() where scope = $1 and id = $2`,
      [servicesProject, key],
    );
    const [database] = servicesTruth.objects(servicesProject, 'sqlDatabases').keys();
    await client.query(`delete from gcp_sql_databases_history where scope = $1 and id = $2`, [
      servicesProject,
      database,
    ]);

    const report = await checkInvariants(db.url, servicesTruth);
    assert.equal(report.historyMismatch, 3, report.examples.join('; '));
    assert.equal(report.wrongDeletions, 1, 'the key was closed as deleted while it existed');
    assert.ok(!clean(report));
  },
);
