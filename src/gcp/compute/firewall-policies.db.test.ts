import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import {
  emulatorComputeClient,
  startEmulator,
  type GroundTruth,
  type RunningEmulator,
} from '../../emulator/index.js';
import { defaultDeletionPolicy } from '../../ingest/deletion-policy.js';
import { syncScope } from '../../ingest/sync-scope.js';
import type { ResourceDefinition } from '../../provider/resource.js';
import { TokenBucket } from '../../provider/token-bucket.js';
import { loadPolicies } from '../../query/exposure/load-policies.js';
import { testStore, type TestStore } from '../../test-support/database.js';
import { assertStoreMatchesTruth, ExpectedHistory } from '../../test-support/store-truth.js';
import { GoogleApiCaller } from '../google-api-caller.js';
import { firewallPolicyResource } from './firewall-policy/resource.js';
import { networkFirewallPolicyResource } from './network-firewall-policy/resource.js';
import { regionNetworkFirewallPolicyResource } from './region-network-firewall-policy/resource.js';

const projectKinds = [
  networkFirewallPolicyResource,
  regionNetworkFirewallPolicyResource,
] as unknown as ResourceDefinition[];
const nodeKind = firewallPolicyResource as unknown as ResourceDefinition;
const projects = ['fwp-a', 'fwp-b'];
// organizations/600 → folders/610 (top level, has a generated policy) → folders/620.
const nodes = ['organizations/600', 'folders/610', 'folders/620'];
const expected = new ExpectedHistory([...projectKinds, nodeKind]);

let ts: TestStore;
let db: Kysely<unknown>;
let emulator: RunningEmulator;

before(async () => {
  ts = await testStore();
  db = ts.store.db;
  emulator = await startEmulator({
    estate: {
      seed: 23,
      generate: { projects, zones: 2, instances: 2, networks: 3 },
      organizations: [{ id: '600', folders: [{ id: '610', folders: [{ id: '620' }] }] }],
      projects: [
        { id: 'fwp-a', parent: 'folders/610' },
        { id: 'fwp-b', parent: 'folders/620' },
      ],
    },
  });
});
after(async () => {
  await emulator?.stop();
  await ts?.close();
});

async function sync(resource: ResourceDefinition, scope: string): Promise<void> {
  const result = await syncScope({
    db,
    resource,
    client: emulatorComputeClient(emulator.url),
    api: new GoogleApiCaller({ bucket: new TokenBucket(60_000), maxAttempts: 2, baseDelayMs: 1 }),
    scope,
    runId: `run-${randomUUID()}`,
    pageSize: 2,
    holder: { execution: randomUUID(), attempt: 'test#1' },
    deletion: { ...defaultDeletionPolicy, allowMass: true },
  });
  assert.equal(result.status, 'ok', `${resource.plural} ${scope}: ${JSON.stringify(result)}`);
}

/** Syncs every policy kind of every project and node, then checks the store against the truth and history. */
async function syncAndCheck(): Promise<GroundTruth[]> {
  for (const p of projects) for (const kind of projectKinds) await sync(kind, p);
  for (const n of nodes) await sync(nodeKind, n);
  const truths = await Promise.all([...projects, ...nodes].map((s) => emulator.control.groundTruth(s)));
  expected.observe(truths);
  await assertStoreMatchesTruth(db, truths, expected);
  return truths;
}

test('an explicit rule removal and detachment: the evaluator reads each level as it was at each time', async () => {
  const truthBefore = await syncAndCheck();
  const org = truthBefore.find((t) => t.projectId === 'organizations/600')!.resources.firewallPolicies[0];
  const folder = truthBefore.find((t) => t.projectId === 'folders/610')!.resources.firewallPolicies[0];
  assert.ok(org?.name && folder?.name, 'the generated org and folder policies');
  const between = new Date();
  await new Promise((r) => setTimeout(r, 20));
  await emulator.control.applyOps([
    {
      op: 'update',
      project: 'organizations/600',
      type: 'firewallPolicies',
      name: org.name,
      set: { rules: (org.rules ?? []).filter((r) => r.priority !== 1000) },
    },
    {
      op: 'update',
      project: 'folders/610',
      type: 'firewallPolicies',
      name: folder.name,
      set: { associations: [] },
    },
  ]);
  await syncAndCheck();
  const [then, now] = await Promise.all([loadPolicies(db, { asOf: between }), loadPolicies(db, {})]);
  const own = (e: typeof then, owner: string) => e.policies.find((p) => p.owner === owner);
  const ingress = (e: typeof then) =>
    own(e, 'organizations/600')
      ?.rules.filter((r) => r.ingress && r.priority < 2147483644)
      .map((r) => r.priority);
  // By hand from the generated policies: org-baseline has ingress rules 1000, 1100, 1200; folder-610 is attached to folders/610.
  assert.deepEqual(ingress(then), [1000, 1100, 1200]);
  assert.deepEqual(ingress(now), [1100, 1200]);
  assert.deepEqual(own(then, 'folders/610')?.attachments, ['folders/610']);
  assert.deepEqual(own(now, 'folders/610')?.attachments, []);
  assert.deepEqual(then.ancestry.get('fwp-b'), undefined, 'no discovery ran: no ancestry');
});

test('seeded rounds change rules, priorities, associations and policies of every level; history stays exact', async () => {
  await syncAndCheck();
  const ops = new Set<string>();
  const types = new Set<string>();
  for (const seed of [1, 2, 3, 4]) {
    const { changes } = await emulator.control.mutateRound({
      percent: 100,
      seed,
      types: ['networkFirewallPolicies', 'regionNetworkFirewallPolicies', 'firewallPolicies'],
    });
    for (const c of changes) {
      ops.add(c.op);
      types.add(c.type);
    }
    await syncAndCheck();
  }
  assert.deepEqual([...types].sort(), [
    'firewallPolicies',
    'networkFirewallPolicies',
    'regionNetworkFirewallPolicies',
  ]);
  for (const op of ['create', 'update', 'delete']) assert.ok(ops.has(op), `some ${op}`);
  const { changed } = expected.counts();
  assert.ok(changed > 0, 'some policy has more than one version');
});
