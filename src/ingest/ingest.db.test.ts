import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { GroundTruth } from '../emulator/index.js';
import { childListings, computeKinds, kindsOfScope } from '../gcp/compute/kinds.js';
import { isSingleton, resourceTypes } from '../emulator/compute/resource-types.js';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';
import { assertStoreMatchesTruth, ExpectedHistory } from '../test-support/store-truth.js';
import type { InventoryResult } from './workflows/types.js';

/** Fixed ids keep the estate deterministic; no other test file uses them (workflow ids are per project). */
const projects = [1, 2, 3, 4, 5].map((n) => `ingest-test-${n}`);
const kinds = computeKinds.map(({ plural, table }) => ({ plural, table }));
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({
    emulator: { generate: { seed: 42, projects, zones: 3, instances: 40, disks: 15, networks: 2 } },
  });
});
after(() => env?.close());

/** Expected history, computed from ground-truth snapshots alone. */
const expected = new ExpectedHistory(kinds);

async function snapshot(): Promise<GroundTruth[]> {
  return Promise.all(projects.map((p) => env.emulator.control.groundTruth(p)));
}

async function runInventory(): Promise<InventoryResult> {
  const handle = await env.inventory({ projectIds: projects, concurrency: 3 });
  return handle.result();
}

/** The projects that did not end ok, for assertion messages. */
function notOk(result: InventoryResult): string {
  return JSON.stringify(result.projects.filter((p) => p.status !== 'ok'));
}

function assertStoreMatches(truths: GroundTruth[]) {
  return assertStoreMatchesTruth(env.db.store.db, truths, expected);
}

test('a full inventory of 5 projects equals the emulator ground truth, field for field', async () => {
  const result = await runInventory();
  assert.equal(result.status, 'ok', notOk(result));
  assert.equal(result.projects.length, 5);
  const truths = await snapshot();
  expected.observe(truths);
  for (const p of result.projects) {
    const truth = truths.find((t) => t.projectId === p.projectId)!;
    assert.equal(p.resources.instances?.created, truth.resources.instances.length);
    assert.equal(p.resources.disks?.created, truth.resources.disks.length);
    assert.equal(p.resources.networks?.created, truth.resources.networks.length);
  }
  await assertStoreMatches(truths);
});

test('one list call per page: ⌈n/500⌉ calls per resource type per project', async () => {
  await env.emulator.control.clearRequestCounts();
  await runInventory();
  const counts = await env.emulator.control.requestCounts();
  for (const p of projects) {
    const truth = await env.emulator.control.groundTruth(p);
    const projectKinds = kinds.filter(({ plural }) => kindsOfScope(p).includes(plural));
    const expected: Record<string, number> = Object.fromEntries(
      projectKinds
        .map(({ plural }) => plural)
        .filter((plural) => plural !== 'instanceGroupMembers' && plural !== 'instanceTagBindings')
        .map((plural) => [
          `${plural}.${isSingleton(plural) ? 'get' : resourceTypes[plural].aggregated ? 'aggregatedList' : 'list'}`,
          Math.max(1, Math.ceil(truth.resources[plural].length / 500)),
        ]),
    );
    const child = childListings.instanceGroupMembers;
    expected[`${child.parent}.aggregatedList`]! *= 2;
    expected['services.batchGet'] = 1;
    const groups = truth.resources.instanceGroupMembers;
    if (groups.length > 0)
      expected[child.method] = groups.reduce(
        (n, g) => n + Math.max(1, Math.ceil(g.instances.length / 500)),
        0,
      );
    const tags = childListings.instanceTagBindings;
    expected[`${tags.parent}.aggregatedList`]! *= 2;
    expected[tags.method] = truth.resources.instanceTagBindings.length;
    assert.deepEqual(counts[p], expected);
  }
});

test('three mutation rounds: current tables equal ground truth and history holds exactly the expected versions', async () => {
  for (let round = 1; round <= 3; round++) {
    await env.emulator.control.mutateRound({ percent: 20, seed: round });
    const result = await runInventory();
    assert.equal(result.status, 'ok', `round ${round}: ${notOk(result)}`);
    const truths = await snapshot();
    expected.observe(truths);
    await assertStoreMatches(truths);
  }
  const instances = [...expected.byPlural.get('instances')!.values()];
  const changed = instances.filter((e) => e.versions.length > 1).length;
  const deleted = instances.filter((e) => e.deleted).length;
  assert.ok(changed > 0 && deleted > 0, `rounds changed ${changed} and deleted ${deleted} instances`);
});

test('a project denied with 403 keeps its stored rows, the others complete, the run is partial', async () => {
  const denied = projects[1]!;
  const before = await sql<{
    n: number;
  }>`select count(*)::int as n from gcp_compute_instances where scope = ${denied}`.execute(env.db.store.db);
  await env.emulator.control.mutateRound({ percent: 30, seed: 99 });
  await env.emulator.control.setFault({ kind: 'permissionDenied', project: denied });
  try {
    const result = await runInventory();
    assert.equal(result.status, 'partial');
    const failed = result.projects.filter((p) => p.status === 'failed');
    assert.deepEqual(
      failed.map((p) => [p.projectId, p.error?.type]),
      [[denied, 'GcpPermissionDenied']],
    );
    const after = await sql<{
      n: number;
    }>`select count(*)::int as n from gcp_compute_instances where scope = ${denied}`.execute(env.db.store.db);
    assert.equal(after.rows[0]?.n, before.rows[0]?.n);
    const run = await sql<{
      status: string;
    }>`select status from ingest_runs where run_id = ${result.runId}`.execute(env.db.store.db);
    assert.equal(run.rows[0]?.status, 'partial');
  } finally {
    await env.emulator.control.clearFaults();
  }
  const truths = await snapshot();
  expected.observe(truths);
  await runInventory();
  await assertStoreMatches(truths);
});

test('an unreachable zone deletes nothing in that zone', async () => {
  const project = projects[2]!;
  const truth = await env.emulator.control.groundTruth(project);
  const zone = truth.zones[0]!;
  const inZone = truth.resources.instances.filter((i) => i.zone?.endsWith(`/${zone}`));
  assert.ok(inZone.length > 0);
  await env.emulator.control.applyOps(
    inZone.map((i) => ({ op: 'delete' as const, project, type: 'instances' as const, name: i.name!, zone })),
  );
  await env.emulator.control.setFault({ kind: 'unreachableZone', project, zone });
  try {
    const result = await (await env.compute(project)).result();
    assert.equal(result.status, 'partial');
    assert.deepEqual(result.resources.instances?.unreachable, [zone]);
    assert.equal(result.resources.instances?.deleted, 0);
    const rows = await sql<{ n: number }>`
      select count(*)::int as n from gcp_compute_instances where scope = ${project} and location = ${zone}`.execute(
      env.db.store.db,
    );
    assert.equal(rows.rows[0]?.n, inZone.length);
  } finally {
    await env.emulator.control.clearFaults();
  }
  const after = await (await env.compute(project)).result();
  assert.equal(after.resources.instances?.deleted, inZone.length);
  const truths = await snapshot();
  expected.observe(truths);
  await assertStoreMatches(truths);
});
