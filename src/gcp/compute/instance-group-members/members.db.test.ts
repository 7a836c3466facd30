import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { emulatorComputeClient, startEmulator, type RunningEmulator } from '../../../emulator/index.js';
import { defaultDeletionPolicy } from '../../../ingest/deletion-policy.js';
import { syncScope } from '../../../ingest/sync-scope.js';
import { testStore, type TestStore } from '../../../test-support/database.js';
import { GoogleApiCaller } from '../../google-api-caller.js';
import { TokenBucket } from '../../../provider/token-bucket.js';
import { instanceGroupMembersResource } from './resource.js';

const project = 'members-test';
let ts: TestStore;
let db: Kysely<unknown>;
let emulator: RunningEmulator;

before(async () => {
  ts = await testStore();
  db = ts.store.db;
  emulator = await startEmulator({
    generate: { seed: 5, projects: [project], zones: 2, instances: 8, disks: 0, instanceGroupsPerZone: 1 },
  });
});
after(async () => {
  await emulator?.stop();
  await ts?.close();
});

async function sync() {
  const result = await syncScope({
    db,
    resource: instanceGroupMembersResource,
    client: emulatorComputeClient(emulator.url),
    api: new GoogleApiCaller({ bucket: new TokenBucket(60_000), maxAttempts: 2, baseDelayMs: 1 }),
    scope: project,
    runId: `run-${randomUUID()}`,
    pageSize: 1,
    holder: { execution: randomUUID(), attempt: 'test#1' },
    deletion: { ...defaultDeletionPolicy, allowMass: true },
  });
  assert.equal(result.status, 'ok');
}

async function stored(): Promise<Record<string, string[]>> {
  const r = await sql<{ name: string; instances: string[] }>`
    select name, instances from gcp_compute_instance_group_members where project_id = ${project}`.execute(db);
  return Object.fromEntries(r.rows.map((row) => [row.name, row.instances.map((u) => u.split('/').pop()!)]));
}

async function truth(): Promise<Record<string, string[]>> {
  const t = await emulator.control.groundTruth(project);
  return Object.fromEntries(
    t.resources.instanceGroupMembers.map((g) => [
      g.name ?? '',
      g.instances.map((i) => (i.instance ?? '').split('/').pop()!),
    ]),
  );
}

test('members of every zonal group, paged one per call; each group costs its own listInstances calls', async () => {
  await emulator.control.clearRequestCounts();
  await sync();
  const want = await truth();
  assert.ok(
    Object.values(want).some((m) => m.length === 2),
    'generated unmanaged groups hold instances',
  );
  assert.deepEqual(await stored(), want);
  const counts = (await emulator.control.requestCounts())[project] ?? {};
  const t = await emulator.control.groundTruth(project);
  const groups = t.resources.instanceGroups.length;
  const calls = t.resources.instanceGroupMembers.reduce((n, g) => n + Math.max(1, g.instances.length), 0);
  assert.deepEqual(counts, {
    'instanceGroups.aggregatedList': Math.max(1, groups),
    'instanceGroups.listInstances': calls,
  });
});

test('a member deleted leaves the list; a group deleted loses its row only after a get proves it gone', async () => {
  const before = await truth();
  const [group, members] = Object.entries(before).find(([, m]) => m.length === 2)!;
  const zone = (await emulator.control.groundTruth(project)).resources.instanceGroupMembers
    .find((g) => g.name === group)!
    .zone!.split('/')
    .pop()!;
  await emulator.control.applyOps([
    { op: 'delete', project, type: 'instances', name: members[0]!, location: zone },
  ]);
  await sync();
  assert.deepEqual((await stored())[group], [members[1]]);
  await emulator.control.applyOps([
    { op: 'delete', project, type: 'instanceGroups', name: group, location: zone },
  ]);
  await sync();
  assert.equal((await stored())[group], undefined);
  const closed = await sql<{ n: number }>`
    select count(*)::int as n from gcp_compute_instance_group_members_history
    where project_id = ${project} and name = ${group} and deleted_at is not null`.execute(db);
  assert.equal(closed.rows[0]!.n, 1);
});
