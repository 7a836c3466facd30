import { projectKinds } from '../gcp/compute/kinds.js';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';
import { changesSince } from './changes.js';
import { resourceHistory } from './history.js';
import { listInventory } from './inventory.js';
import { listRuns } from './runs.js';

const tag = randomBytes(3).toString('hex');
const projects = [`q-${tag}-1`, `q-${tag}-2`];
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({
    emulator: { generate: { seed: 5, projects, zones: 2, instances: 20, disks: 5, networks: 2 } },
  });
});
after(() => env?.close());

async function truth(): Promise<string[]> {
  const all = await Promise.all(projects.map((p) => env.emulator.control.groundTruth(p)));
  return all.flatMap((t) => t.resources.instances.map((i) => `${t.projectId}/${i.id}`)).sort();
}
const ids = (rows: readonly { scope?: unknown; id?: unknown }[]) =>
  rows.map((r) => `${String(r.scope)}/${String(r.id)}`).sort();

test('inventory now and --as-of between two syncs, history diffs and changes match the emulator', async () => {
  const db = env.db.store.db;
  await (await env.inventory({ projectIds: projects })).result();
  const first = await truth();
  const firstTotal = (await Promise.all(projects.map((p) => env.emulator.control.groundTruth(p)))).reduce(
    (n, t) => n + projectKinds.reduce((m, k) => m + t.resources[k.plural].length, 0),
    0,
  );
  assert.deepEqual(ids(await listInventory(db, 'instances')), first);
  const between = new Date();
  await env.emulator.control.mutateRound({ percent: 30, seed: 1 });
  await (await env.inventory({ projectIds: projects })).result();
  const second = await truth();
  assert.notDeepEqual(second, first);
  assert.deepEqual(ids(await listInventory(db, 'instances')), second);
  assert.deepEqual(ids(await listInventory(db, 'instances', { asOf: between })), first);
  for (const row of await listInventory(db, 'instances')) {
    const firstSeen = row.first_seen as Date;
    const lastSeen = row.last_seen as Date;
    assert.ok(lastSeen > between, `last_seen ${lastSeen.toISOString()} is the second sync`);
    assert.ok(firstSeen <= lastSeen);
    assert.equal(first.includes(`${String(row.scope)}/${String(row.id)}`), firstSeen < between);
  }
  assert.deepEqual(
    ids(await listInventory(db, 'instances', { project: projects[0] })),
    second.filter((k) => k.startsWith(`${projects[0]}/`)),
  );

  const changes = await changesSince(db, between);
  const of = (c: string) => ids(changes.filter((x) => x.kind === 'instances' && x.change === c));
  assert.deepEqual(
    of('deleted'),
    first.filter((k) => !second.includes(k)),
  );
  assert.deepEqual(
    of('created'),
    second.filter((k) => !first.includes(k)),
  );
  const modified = changes.find((x) => x.kind === 'instances' && x.change === 'modified');
  assert.ok(modified, 'a modified instance');
  const versions = await resourceHistory(db, 'instances', modified.id, modified.scope);
  assert.equal(versions.length, 2);
  assert.ok(versions[1]!.changes.length > 0);
  assert.deepEqual(versions[0]!.valid_to, versions[1]!.valid_from);

  const runs = await listRuns(db, 5);
  assert.equal(runs.length, 2);
  assert.equal(runs[1]!.created, firstTotal, 'the first run created every resource of the ground truth');
});
