import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { emulatorComputeClient, startEmulator, type RunningEmulator } from '../../emulator/index.js';
import { defaultDeletionPolicy } from '../../ingest/deletion-policy.js';
import type { ResourceDefinition } from '../../provider/resource.js';
import { syncScope, type ScopeResult } from '../../ingest/sync-scope.js';
import { testStore, type TestStore } from '../../test-support/database.js';
import { GoogleApiCaller } from '../google-api-caller.js';
import { TokenBucket } from '../../provider/token-bucket.js';
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

let ts: TestStore;
let db: Kysely<unknown>;
let emulator: RunningEmulator;

before(async () => {
  ts = await testStore();
  db = ts.store.db;
  emulator = await startEmulator({
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
});
after(async () => {
  await emulator?.stop();
  await ts?.close();
});

async function sync(plural: string): Promise<ScopeResult> {
  return syncScope({
    db,
    resource: resourceOf(plural),
    client: emulatorComputeClient(emulator.url),
    api: new GoogleApiCaller({ bucket: new TokenBucket(60_000), maxAttempts: 1, baseDelayMs: 1 }),
    scope: project,
    runId: `run-${randomUUID()}`,
    pageSize: 1,
    holder: { execution: randomUUID(), attempt: 'test#1' },
    deletion: { ...defaultDeletionPolicy, allowMass: true },
  });
}

/** Every stored object of each kind equals the ground truth of its own type, and no id is stored twice. */
async function assertStoredOnceAsTruth() {
  const truth = await emulator.control.groundTruth(project);
  const everyId: string[] = [];
  for (const [plural, resource] of kinds) {
    const want = (truth.resources[plural] as { id: string }[]).map((o) => o.id).sort();
    const rows = await sql<{ id: string; raw: { id: string } }>`
      select id, raw from ${sql.table(resource.table)} where project_id = ${project} order by id`.execute(db);
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
  const agg = (await emulatorComputeClient(emulator.url).addresses.aggregatedList({ project })).data;
  assert.equal(agg.items?.['global']?.addresses?.length, 2, 'the emulator serves them under items.global');
  for (const [plural] of kinds) {
    const result = await sync(plural);
    assert.equal(result.status, 'ok', `${plural}: ${JSON.stringify(result)}`);
  }
  await assertStoredOnceAsTruth();
  const regional = await sql<{ location: string }>`
    select location from gcp_compute_addresses where project_id = ${project}
    union all select location from gcp_compute_forwarding_rules where project_id = ${project}`.execute(db);
  assert.ok(
    regional.rows.every((r) => r.location !== 'global'),
    'no global object in a regional table',
  );
});

test("a global object is deleted by its own kind's evidence only, once, in its own table", async () => {
  for (const [plural] of kinds) await sync(plural);
  await emulator.control.applyOps([
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
    await emulator.control.setFault({ kind: 'internalError', method: `${globalKind}.list`, project });
    const failed = await sync(globalKind).catch((err: Error) => err);
    assert.ok(failed instanceof Error, `${globalKind} fails while its listing fails`);
    await emulator.control.clearFaults();
    const table = resourceOf(globalKind).table;
    const still = await sql<{ n: number }>`
      select count(*)::int as n from ${sql.table(table)} where project_id = ${project}`.execute(db);
    assert.equal(still.rows[0]!.n, 2, `${globalKind}: nothing deleted without its own listing`);
    const global = await sync(globalKind);
    assert.equal(global.deleted, 1, `${globalKind}: deleted on its own listing`);
    const closed = await sql<{ name: string }>`
      select name from ${sql.table(`${table}_history`)}
      where project_id = ${project} and deleted_at is not null`.execute(db);
    assert.deepEqual(
      closed.rows.map((r) => r.name),
      [globalKind === 'globalAddresses' ? 'gip-b' : 'gfr-b'],
    );
  }
  await assertStoredOnceAsTruth();
});
