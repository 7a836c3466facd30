import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import type { ResourceDefinition } from '../../../provider/resource.js';
import { emulatorScope } from '../testing/emulator-scope.js';
import { instanceGroupMembersResource } from './resource.js';

const project = 'members-test';
const env = emulatorScope({
  generate: { seed: 5, projects: [project], zones: 2, instances: 8, disks: 0, instanceGroupsPerZone: 1 },
});

async function sync() {
  const result = await env.sync(instanceGroupMembersResource as ResourceDefinition, project, { pageSize: 1 });
  assert.equal(result.status, 'ok');
}

async function stored(): Promise<Record<string, string[]>> {
  const r = await sql<{ name: string; instances: string[] }>`
    select name, instances from gcp_compute_instance_group_members where scope = ${project}`.execute(env.db);
  return Object.fromEntries(r.rows.map((row) => [row.name, row.instances.map((u) => u.split('/').pop()!)]));
}

async function truth(): Promise<Record<string, string[]>> {
  const t = await env.emulator.control.groundTruth(project);
  return Object.fromEntries(
    t.resources.instanceGroupMembers.map((g) => [
      g.name ?? '',
      g.instances.map((i) => (i.instance ?? '').split('/').pop()!),
    ]),
  );
}

test('members of every zonal group, paged one per call; each group costs its own listInstances calls', async () => {
  await env.emulator.control.clearRequestCounts();
  await sync();
  const want = await truth();
  assert.ok(
    Object.values(want).some((m) => m.length === 2),
    'generated unmanaged groups hold instances',
  );
  assert.deepEqual(await stored(), want);
  const counts = (await env.emulator.control.requestCounts())[project] ?? {};
  const t = await env.emulator.control.groundTruth(project);
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
  const zone = (await env.emulator.control.groundTruth(project)).resources.instanceGroupMembers
    .find((g) => g.name === group)!
    .zone!.split('/')
    .pop()!;
  await env.emulator.control.applyOps([
    { op: 'delete', project, type: 'instances', name: members[0]!, location: zone },
  ]);
  await sync();
  assert.deepEqual((await stored())[group], [members[1]]);
  await env.emulator.control.applyOps([
    { op: 'delete', project, type: 'instanceGroups', name: group, location: zone },
  ]);
  await sync();
  assert.equal((await stored())[group], undefined);
  const closed = await sql<{ n: number }>`
    select count(*)::int as n from gcp_compute_instance_group_members_history
    where scope = ${project} and name = ${group} and deleted_at is not null`.execute(env.db);
  assert.equal(closed.rows[0]!.n, 1);
});
