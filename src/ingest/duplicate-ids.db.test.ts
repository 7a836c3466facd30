import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { emulatorComputeClient, startEmulator, type RunningEmulator } from '../emulator/index.js';
import { GoogleApiCaller } from '../gcp/google-api-caller.js';
import { firewallResource } from '../gcp/compute/firewall/resource.js';
import { TokenBucket } from '../provider/token-bucket.js';
import { runEvidence } from '../query/run-evidence.js';
import { agentResource } from '../s1/agent/resource.js';
import { testStore, type TestStore } from '../test-support/database.js';
import { defaultDeletionPolicy } from './deletion-policy.js';
import { ScopeLease } from './scope-lease.js';
import { ScopeWriter } from './scope-writer.js';
import { syncScope } from './sync-scope.js';

let ts: TestStore;
let db: Kysely<unknown>;
let emulator: RunningEmulator;
const project = 'dup-ids-project';
const network = `https://www.googleapis.com/compute/v1/projects/${project}/global/networks/default`;
/** gcpdiag's recorded firewalls: two egress rules that share one id. */
const egress = (name: string) => ({
  id: '2239283495487326800',
  name,
  network,
  direction: 'EGRESS',
  priority: 1000,
  denied: [{ IPProtocol: 'all' }],
  destinationRanges: ['0.0.0.0/0'],
});

before(async () => {
  ts = await testStore();
  db = ts.store.db;
  emulator = await startEmulator({
    estate: {
      projects: [
        {
          id: project,
          resources: {
            firewalls: [
              egress('fw-egress-deny-all'),
              egress('fw-egress-deny-all-copy'),
              { id: '2239283495487326801', name: 'fw-ingress-ssh', network, sourceRanges: ['0.0.0.0/0'] },
            ],
          },
        },
      ],
    },
  });
});
after(async () => {
  await emulator?.stop();
  await ts?.close();
});

test('two firewalls sharing an id: the first is stored, the second is a rejected item naming both', async () => {
  const runId = `run-${randomUUID()}`;
  const result = await syncScope({
    db,
    resource: firewallResource,
    client: emulatorComputeClient(emulator.url),
    api: new GoogleApiCaller({ bucket: new TokenBucket(60_000), maxAttempts: 2, baseDelayMs: 1 }),
    scope: project,
    runId,
    pageSize: 500,
    holder: { execution: randomUUID(), attempt: 'test#1' },
    deletion: { ...defaultDeletionPolicy, allowMass: true },
  });
  assert.equal(result.status, 'partial', 'a rejected item makes the scope partial');
  assert.equal(result.rejected, 1);
  const rows = await sql<{ id: string; name: string }>`
    select id, name from gcp_compute_firewalls where project_id = ${project} order by id`.execute(db);
  assert.deepEqual(rows.rows, [
    { id: '2239283495487326800', name: 'fw-egress-deny-all' },
    { id: '2239283495487326801', name: 'fw-ingress-ssh' },
  ]);
  const { rejected } = await runEvidence(db, runId);
  assert.equal(rejected.length, 1);
  assert.equal(rejected[0]!.item_id, '2239283495487326800');
  assert.equal(rejected[0]!.resource_kind, firewallResource.kind);
  assert.match(rejected[0]!.error, /duplicate id 2239283495487326800/);
  assert.match(rejected[0]!.error, /"fw-egress-deny-all-copy" skipped/);
  assert.match(rejected[0]!.error, /"fw-egress-deny-all" \(listed first\) kept/);
});

test('a re-created object is not a duplicate: its deletion check returns the namesake the listing already had', async () => {
  const sync = () =>
    syncScope({
      db,
      resource: firewallResource,
      client: emulatorComputeClient(emulator.url),
      api: new GoogleApiCaller({ bucket: new TokenBucket(60_000), maxAttempts: 2, baseDelayMs: 1 }),
      scope: project,
      runId: `run-${randomUUID()}`,
      pageSize: 500,
      holder: { execution: randomUUID(), attempt: 'test#1' },
      deletion: { ...defaultDeletionPolicy, allowMass: true },
    });
  await sync();
  const before = await emulator.control.groundTruth(project);
  const oldId = before.resources.firewalls.find((f) => f.name === 'fw-ingress-ssh')!.id;
  await emulator.control.applyOps([{ op: 'recreate', project, type: 'firewalls', name: 'fw-ingress-ssh' }]);
  const after = await emulator.control.groundTruth(project);
  const newId = after.resources.firewalls.find((f) => f.name === 'fw-ingress-ssh')!.id;
  assert.notEqual(newId, oldId);
  const result = await sync();
  assert.equal(result.rejected, 1, 'only the shared egress id is rejected, not the re-created rule');
  assert.equal(result.deleted, 1);
  const rows = await sql<{ id: string }>`
    select id from gcp_compute_firewalls where project_id = ${project} and name = 'fw-ingress-ssh'`.execute(
    db,
  );
  assert.deepEqual(
    rows.rows.map((r) => r.id),
    [newId],
  );
});

test('two S1 agents sharing an id on different pages: the second names the first, found in the table', async () => {
  const consoleId = `dup-agents-${randomUUID()}`;
  const runId = `run-${randomUUID()}`;
  const lease = await ScopeLease.acquire(
    db,
    { projectId: consoleId, kind: agentResource.kind },
    { execution: randomUUID(), attempt: 'a#1' },
  );
  const writer = new ScopeWriter(db, agentResource, consoleId, lease, runId, false);
  const agent = (computerName: string) => ({ id: '1234567890123456789', computerName, isActive: true });
  await writer.writePage([agent('WIN-ALPHA'), { id: '1234567890123456790', computerName: 'other' }]);
  await writer.writePage([agent('WIN-BRAVO')]);
  await lease.release();
  assert.equal(writer.counts.rejected, 1);
  assert.equal(writer.counts.listed, 2);
  const rows = await sql<{ name: string }>`
    select name from s1_agents where project_id = ${consoleId} and id = '1234567890123456789'`.execute(db);
  assert.deepEqual(
    rows.rows.map((r) => r.name),
    ['WIN-ALPHA'],
  );
  const { rejected } = await runEvidence(db, runId);
  assert.equal(rejected.length, 1);
  assert.equal(rejected[0]!.item_id, '1234567890123456789');
  assert.match(rejected[0]!.error, /"WIN-BRAVO" skipped, "WIN-ALPHA" \(listed first\) kept/);
});
