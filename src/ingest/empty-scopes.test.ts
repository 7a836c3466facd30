import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import type { GroundTruth } from '../emulator/control-client.js';
import { projectKinds } from '../gcp/compute/kinds.js';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';

const [first, late] = ['empty-scopes-first', 'empty-scopes-late'];
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({
    emulator: {
      generate: {
        seed: 11,
        projects: [first, late],
        zones: 2,
        instances: 3,
        disks: 2,
        networks: 1,
        addressesPerRegion: 0,
      },
    },
  });
});
after(() => env?.close());

async function scopeRows(project: string, runId: string) {
  const rows = await sql<{ resource_kind: string; status: string; listed: number; covered: string[] }>`
    select resource_kind, status, listed, covered from ingest_scope_results
    where run_id = ${runId} and scope = ${project}`.execute(env.db.store.db);
  return new Map(rows.rows.map((r) => [r.resource_kind, r]));
}

async function leasedKinds(project: string): Promise<Set<string>> {
  const rows = await sql<{ resource_kind: string }>`
    select resource_kind from scope_leases where scope = ${project}`.execute(env.db.store.db);
  return new Set(rows.rows.map((r) => r.resource_kind));
}

/** How many resources of a kind the emulator serves, for the kinds whose plural names a type of the ground truth. */
function served(truth: GroundTruth, plural: string): number | undefined {
  const list = (truth.resources as unknown as Record<string, unknown[] | undefined>)[plural];
  return list?.length;
}

test('on a first sync only kinds with items take a lease; every kind is recorded with what the emulator serves', async () => {
  const project = first;
  const truth = await env.emulator.control.groundTruth(project);
  const handle = await env.compute(project);
  assert.equal((await handle.result()).status, 'ok');
  const rows = await scopeRows(project, handle.firstExecutionRunId);
  const leased = await leasedKinds(project);
  let empty = 0;
  for (const k of projectKinds) {
    const row = rows.get(k.kind);
    assert.equal(row?.status, 'ok', k.kind);
    const expected = served(truth, k.plural);
    if (expected !== undefined) assert.equal(row?.listed, expected, k.kind);
    if (!row) continue;
    assert.equal(leased.has(k.kind), row.listed > 0, `${k.kind}: a lease exactly when it listed items`);
    if (row.listed === 0) empty++;
  }
  assert.ok(empty > 0 && empty < projectKinds.length, 'the estate has both empty and non-empty kinds');
  const addresses = rows.get('gcp.compute.address');
  assert.equal(addresses?.listed, 0, 'the generated estate has no addresses');
  assert.deepEqual([...(addresses?.covered ?? [])].sort(), [...truth.regions].sort());
  const seen = await sql<{ location: string; last_run_id: string }>`
    select location, last_run_id from sync_locations
    where scope = ${project} and resource_kind = 'gcp.compute.address'`.execute(env.db.store.db);
  assert.deepEqual(seen.rows.map((r) => r.location).sort(), [...truth.regions].sort());
  for (const r of seen.rows) assert.equal(r.last_run_id, handle.firstExecutionRunId);
});

test('a kind that was empty and gains an item takes its lease then and stores the item as served', async () => {
  const project = late;
  const before = await env.compute(project);
  assert.equal((await before.result()).status, 'ok');
  assert.equal((await scopeRows(project, before.firstExecutionRunId)).get('gcp.compute.address')?.listed, 0);
  assert.ok(!(await leasedKinds(project)).has('gcp.compute.address'));
  const region = (await env.emulator.control.groundTruth(project)).regions[0]!;
  await env.emulator.control.applyOps([
    {
      op: 'create',
      project,
      type: 'addresses',
      resource: { name: 'late-address', region, address: '10.9.0.7', addressType: 'INTERNAL' },
    },
  ]);
  const truth = await env.emulator.control.groundTruth(project);
  const handle = await env.compute(project);
  assert.equal((await handle.result()).status, 'ok');
  const rows = await scopeRows(project, handle.firstExecutionRunId);
  assert.equal(rows.get('gcp.compute.address')?.listed, 1);
  assert.ok((await leasedKinds(project)).has('gcp.compute.address'));
  const stored = await sql<{ raw: unknown }>`
    select raw from gcp_compute_addresses where scope = ${project}`.execute(env.db.store.db);
  assert.deepEqual(
    stored.rows.map((r) => r.raw),
    truth.resources.addresses,
  );
  const history = await sql<{ n: string }>`
    select count(*) as n from gcp_compute_addresses_history where scope = ${project}`.execute(
    env.db.store.db,
  );
  assert.equal(Number(history.rows[0]?.n), 1);
});
