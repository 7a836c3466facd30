import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import type { ResourceDefinition } from '../../provider/resource.js';
import type { ScopeResult } from '../../ingest/sync-scope.js';
import { emulatorComputeClient } from '../../emulator/index.js';
import { emulatorScope } from './testing/emulator-scope.js';
import { computeResources } from './registry.js';

/** Regional kinds whose aggregatedList also holds, under `global`, the objects of a global kind of their own. */
const pairs = [
  ['addresses', 'globalAddresses'],
  ['forwardingRules', 'globalForwardingRules'],
] as const;
const project = 'global-scope-project';
const kinds = pairs.flat().map((plural) => {
  const resource = computeResources.find((r) => r.plural === plural);
  assert.ok(resource, plural);
  return [plural, resource as ResourceDefinition] as const;
});
const resourceOf = (plural: string) => kinds.find(([p]) => p === plural)![1];

const env = emulatorScope({
  estate: {
    projects: [
      {
        id: project,
        zones: ['us-central1-a', 'europe-west1-b'],
        resources: {
          addresses: [
            { name: 'ip-a', region: 'us-central1', address: '35.0.0.1' },
            { name: 'ip-b', region: 'europe-west1', address: '35.0.0.2' },
          ],
          globalAddresses: [
            { name: 'gip-a', address: '34.0.0.1' },
            { name: 'gip-b', address: '34.0.0.2' },
          ],
          forwardingRules: [
            { name: 'fr-a', region: 'us-central1', IPAddress: '35.0.0.1', portRange: '80-80' },
          ],
          globalForwardingRules: [
            { name: 'gfr-a', IPAddress: '34.0.0.1', portRange: '443-443' },
            { name: 'gfr-b', IPAddress: '34.0.0.2', portRange: '443-443' },
          ],
        },
      },
    ],
  },
});

async function sync(plural: string): Promise<ScopeResult> {
  return env.sync(resourceOf(plural), project, { pageSize: 1, maxAttempts: 1 });
}

/** Every stored object of each kind equals the ground truth of its own type, and no id is stored twice. */
async function assertStoredOnceAsTruth() {
  const truth = await env.emulator.control.groundTruth(project);
  const everyId: string[] = [];
  for (const [plural, resource] of kinds) {
    const want = (truth.resources[plural] as { id: string }[]).map((o) => o.id).sort();
    const rows = await sql<{ id: string; raw: { id: string } }>`
      select id, raw from ${sql.table(resource.table)} where scope = ${project} order by id`.execute(env.db);
    assert.deepEqual(
      rows.rows.map((r) => r.id),
      want,
      `${plural} holds exactly its own objects`,
    );
    everyId.push(...want);
  }
  assert.equal(new Set(everyId).size, everyId.length, 'no object in two tables');
}

test("each object is stored once, in its own kind's table, though the aggregatedList also holds the global ones", async () => {
  const agg = (await emulatorComputeClient(env.emulator.url).addresses.aggregatedList({ project })).data;
  assert.equal(agg.items?.['global']?.addresses?.length, 2, 'the emulator serves them under items.global');
  for (const [plural] of kinds) {
    const result = await sync(plural);
    assert.equal(result.status, 'ok', `${plural}: ${JSON.stringify(result)}`);
  }
  await assertStoredOnceAsTruth();
  const regional = await sql<{ location: string }>`
    select location from gcp_compute_addresses where scope = ${project}
    union all select location from gcp_compute_forwarding_rules where scope = ${project}`.execute(env.db);
  assert.ok(
    regional.rows.every((r) => r.location !== 'global'),
    'no global object in a regional table',
  );
});

test("a global object is deleted by its own kind's evidence only, once, in its own table", async () => {
  for (const [plural] of kinds) await sync(plural);
  await env.emulator.control.applyOps([
    { op: 'delete', project, type: 'globalAddresses', name: 'gip-b' },
    { op: 'delete', project, type: 'globalForwardingRules', name: 'gfr-b' },
  ]);
  for (const [regionalKind, globalKind] of pairs) {
    const regional = await sync(regionalKind);
    assert.equal(regional.status, 'ok');
    assert.deepEqual(
      [regional.deleted, regional.held],
      [0, 0],
      `${regionalKind} is no evidence for the global ones`,
    );
    await env.emulator.control.setFault({ kind: 'internalError', method: `${globalKind}.list`, project });
    const failed = await sync(globalKind).catch((err: Error) => err);
    assert.ok(failed instanceof Error, `${globalKind} fails while its listing fails`);
    await env.emulator.control.clearFaults();
    const table = resourceOf(globalKind).table;
    const still = await sql<{ n: number }>`
      select count(*)::int as n from ${sql.table(table)} where scope = ${project}`.execute(env.db);
    assert.equal(still.rows[0]!.n, 2, `${globalKind}: nothing deleted without its own listing`);
    const global = await sync(globalKind);
    assert.equal(global.deleted, 1, `${globalKind}: deleted on its own listing`);
    const closed = await sql<{ name: string }>`
      select name from ${sql.table(`${table}_history`)}
      where scope = ${project} and deleted_at is not null`.execute(env.db);
    assert.deepEqual(
      closed.rows.map((r) => r.name),
      [globalKind === 'globalAddresses' ? 'gip-b' : 'gfr-b'],
    );
  }
  await assertStoredOnceAsTruth();
});
