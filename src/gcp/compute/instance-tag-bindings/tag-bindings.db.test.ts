import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import type { ResourceDefinition } from '../../../provider/resource.js';
import { emulatorScope } from '../testing/emulator-scope.js';
import { instanceTagBindingsResource } from './resource.js';

const project = 'tag-bindings-test';
const env = emulatorScope({
  generate: { seed: 9, projects: [project], zones: 2, instances: 12, disks: 0 },
});

function sync(options: { maxAttempts?: number } = {}) {
  return env.sync(instanceTagBindingsResource as ResourceDefinition, project, { pageSize: 5, ...options });
}

async function stored(): Promise<Record<string, string[]>> {
  const r = await sql<{ name: string; tag_values: string[] }>`
    select name, tag_values from gcp_compute_instance_tag_bindings where scope = ${project}`.execute(env.db);
  return Object.fromEntries(r.rows.map((row) => [row.name, row.tag_values]));
}

async function truth(): Promise<Record<string, string[]>> {
  const t = await env.emulator.control.groundTruth(project);
  return Object.fromEntries(
    t.resources.instanceTagBindings.map((i) => [i.name ?? '', i.bindings.map((b) => b.tagValue).sort()]),
  );
}

test('every instance’s bindings, one tagBindings.list call per instance, raw bindings kept verbatim', async () => {
  await env.emulator.control.clearRequestCounts();
  assert.equal((await sync()).status, 'ok');
  const want = await truth();
  assert.ok(
    Object.values(want).some((v) => v.length > 0),
    'the generated estate binds secure tags',
  );
  assert.ok(
    Object.values(want).some((v) => v.length === 0),
    'and leaves some instances untagged',
  );
  assert.deepEqual(await stored(), want);
  const t = await env.emulator.control.groundTruth(project);
  const counts = (await env.emulator.control.requestCounts())[project] ?? {};
  assert.deepEqual(counts, {
    'instances.aggregatedList': Math.ceil(t.resources.instances.length / 5),
    'tagBindings.list': t.resources.instances.length,
  });
  const tagged = t.resources.instanceTagBindings.find((i) => i.bindings.length > 0)!;
  const raw = await sql<{ raw: { bindings: unknown[] }; tag_value_names: string[] }>`
    select raw, tag_value_names from gcp_compute_instance_tag_bindings
    where scope = ${project} and id = ${tagged.id!}`.execute(env.db);
  assert.deepEqual(raw.rows[0]!.raw.bindings, tagged.bindings);
  const names = raw.rows[0]!.tag_value_names;
  assert.deepEqual(names, tagged.bindings.map((b) => b.tagValueNamespacedName).sort());
  assert.ok(
    names.every((n) => /^tag-bindings-test\/role\/(web|db)$/.test(n)),
    names.join(),
  );
});

test('a mutation round that binds and unbinds tags gives new versions; history keeps the old ones', async () => {
  const before = await stored();
  await env.emulator.control.mutateRound({ percent: 30, seed: 4, types: ['instances'] });
  assert.equal((await sync()).status, 'ok');
  const after = await truth();
  assert.deepEqual(await stored(), after);
  const changed = Object.keys(after).filter(
    (n) => before[n] !== undefined && JSON.stringify(before[n]) !== JSON.stringify(after[n]),
  );
  assert.ok(changed.length > 0, 'the round changed some bindings');
  const versions = await sql<{ n: number }>`
    select count(*)::int as n from gcp_compute_instance_tag_bindings_history
    where scope = ${project} and name = ${changed[0]!}`.execute(env.db);
  assert.ok(versions.rows[0]!.n >= 2);
});

test('a malformed or forbidden tagBindings.list fails the sync and deletes nothing', async () => {
  const before = await stored();
  const [first] = Object.keys(before).sort();
  await env.emulator.control.applyOps([
    { op: 'delete', project, type: 'instances', name: first!, location: await zoneOf(first!) },
  ]);
  for (const kind of ['truncatedBody', 'permissionDenied'] as const) {
    await env.emulator.control.setFault({ kind, project, method: 'tagBindings.list' });
    await assert.rejects(sync({ maxAttempts: 1 }), /tagBindings\.list/, kind);
    await env.emulator.control.clearFaults();
    assert.deepEqual(await stored(), before, `${kind}: nothing deleted or changed`);
  }
  assert.equal((await sync()).status, 'ok');
  assert.equal((await stored())[first!], undefined, 'the deleted instance’s row goes after a good listing');
  const closed = await sql<{ n: number }>`
    select count(*)::int as n from gcp_compute_instance_tag_bindings_history
    where scope = ${project} and name = ${first!} and deleted_at is not null`.execute(env.db);
  assert.equal(closed.rows[0]!.n, 1);
});

async function zoneOf(name: string): Promise<string> {
  const t = await env.emulator.control.groundTruth(project);
  return t.resources.instances
    .find((i) => i.name === name)!
    .zone!.split('/')
    .pop()!;
}
