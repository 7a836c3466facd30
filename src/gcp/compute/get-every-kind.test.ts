import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { emulatorComputeClient, startEmulator, type RunningEmulator } from '../../emulator/index.js';
import { GoogleApiCaller } from '../google-api-caller.js';
import { TokenBucket } from '../../provider/token-bucket.js';
import { storedInRegion } from './collection.js';
import { nodeScopedKinds } from './kinds.js';
import { computeResources } from './registry.js';

let emulator: RunningEmulator;
before(async () => {
  emulator = await startEmulator({
    estate: {
      seed: 11,
      generate: { projects: ['get-every-kind'] },
      organizations: [{ id: '42' }],
      projects: [{ id: 'get-every-kind', parent: 'organizations/42' }],
    },
  });
});
after(() => emulator.stop());

test('storedInRegion: the selfLink decides; without one, a global collection object outside global', () => {
  const link = (where: string) => `https://compute.googleapis.com/compute/v1/projects/p/${where}/disks/d`;
  const cases: [string | null, string, 'zones' | 'global', boolean][] = [
    [link('zones/us-central1-a'), 'us-central1-a', 'zones', false],
    [link('regions/us-central1'), 'us-central1', 'zones', true],
    [link('global'), 'global', 'global', false],
    [link('regions/europe-west1'), 'europe-west1', 'global', true],
    [null, 'us-central1', 'global', true],
    [null, 'global', 'global', false],
    [null, 'us-central1', 'zones', false],
  ];
  for (const [selfLink, location, scope, want] of cases)
    assert.equal(storedInRegion({ selfLink, location }, scope), want, `${selfLink} ${location} ${scope}`);
});

test("every kind's get finds each object of the emulator's ground truth from its stored reference", async () => {
  const project = 'get-every-kind';
  const truth = (await emulator.control.groundTruth(project)).resources as unknown as Record<
    string,
    { id?: string | null; selfLink?: string | null }[]
  >;
  const compute = emulatorComputeClient(emulator.url);
  const api = new GoogleApiCaller({ bucket: new TokenBucket(Number.MAX_SAFE_INTEGER), maxAttempts: 1 });
  const org = 'organizations/42';
  const orgPolicies = (await compute.firewallPolicies.list({ parentId: org })).data.items ?? [];
  for (const resource of computeResources) {
    const node = (nodeScopedKinds as readonly string[]).includes(resource.plural);
    const objects = node ? orgPolicies : (truth[resource.plural] ?? []);
    const ctx = { scope: node ? org : project, pageSize: 500, api };
    assert.ok(objects.length > 0, `the default estate has ${resource.plural}`);
    for (const object of objects) {
      const row = resource.convert(object as never) as { id: string; name: string; location: string };
      const ref = { id: row.id, name: row.name, location: row.location, selfLink: object.selfLink ?? null };
      const got = await resource.get(compute, ctx, ref);
      assert.notEqual(got, 'gone', `${resource.plural} ${object.selfLink}`);
      assert.equal((got as { id?: string }).id, object.id, `${resource.plural} ${object.selfLink}`);
    }
  }
});
