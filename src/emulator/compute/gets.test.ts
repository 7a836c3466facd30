import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { allResourceTypes, emulatorComputeClient, startEmulator, type RunningEmulator } from '../index.js';
import { isSingleton, resourceTypes } from './resource-types.js';
import { access } from './testing/compute-pager.js';

const project = 'acme';
const estate = {
  seed: 3,
  projects: [
    {
      id: project,
      zones: ['us-central1-a', 'us-central1-b'],
      resources: {
        instances: [{ name: 'vm', zone: 'us-central1-a' }],
        disks: [
          { name: 'zd', zone: 'us-central1-a', sizeGb: '10' },
          {
            name: 'rd',
            region: 'us-central1',
            sizeGb: '200',
            replicaZones: ['us-central1-a', 'us-central1-b'],
          },
        ],
        networks: [{ name: 'vpc' }],
      },
    },
  ],
};

async function failure(p: Promise<unknown>): Promise<{ status: number; body: unknown }> {
  try {
    await p;
  } catch (err) {
    const e = err as { status: number; response: { data: unknown } };
    return { status: e.status, body: e.response.data };
  }
  throw new Error('the call succeeded');
}

describe('gets, regional disks and get faults through @googleapis/compute', () => {
  let emulator: RunningEmulator;
  let client: compute_v1.Compute;
  before(async () => {
    emulator = await startEmulator({ estate });
    client = emulatorComputeClient(emulator.url);
  });
  beforeEach(() => emulator.control.reset());
  after(() => emulator.stop());

  for (const type of allResourceTypes.filter((t) => !isSingleton(t))) {
    it(`${type}.get of a missing resource answers Google's exact 404 notFound`, async () => {
      const spec = resourceTypes[type];
      const scope =
        spec.scope === 'zone'
          ? 'zones/us-central1-a'
          : spec.scope === 'region'
            ? 'regions/us-central1'
            : 'global';
      const location =
        spec.scope === 'zone'
          ? { zone: 'zones/us-central1-a' }
          : spec.scope === 'region'
            ? { region: 'regions/us-central1' }
            : {};
      const got = await failure(access[type].get(client, project, { name: 'gone', ...location }));
      const message =
        type === 'firewallPolicies'
          ? "The resource 'locations/global/firewallPolicies/gone' was not found"
          : `The resource 'projects/${project}/${scope}/${spec.path}/gone' was not found`;
      assert.equal(got.status, 404);
      assert.deepEqual(got.body, {
        error: { code: 404, message, errors: [{ message, domain: 'global', reason: 'notFound' }] },
      });
    });
  }

  it('serves a regional disk in disks.aggregatedList and at regions/{r}/disks', async () => {
    const agg = (await client.disks.aggregatedList({ project })).data;
    assert.deepEqual(
      agg.items?.['regions/us-central1']?.disks?.map((d) => d.name),
      ['rd'],
    );
    const rd = (await client.regionDisks.get({ project, region: 'us-central1', disk: 'rd' })).data;
    assert.equal(rd.region, `https://www.googleapis.com/compute/v1/projects/${project}/regions/us-central1`);
    assert.equal(
      rd.selfLink,
      `https://www.googleapis.com/compute/v1/projects/${project}/regions/us-central1/disks/rd`,
    );
    assert.equal(rd.zone, undefined);
    const list = (await client.regionDisks.list({ project, region: 'us-central1' })).data;
    assert.equal(list.kind, 'compute#diskList');
    assert.deepEqual(
      list.items?.map((d) => d.name),
      ['rd'],
    );
    await assert.rejects(client.disks.get({ project, zone: 'us-central1-a', disk: 'rd' }), { status: 404 });
    const missing = await failure(client.regionDisks.get({ project, region: 'us-central1', disk: 'zd' }));
    assert.equal(
      (missing.body as { error: { message: string } }).error.message,
      `The resource 'projects/${project}/regions/us-central1/disks/zd' was not found`,
    );
    const counts = await emulator.control.requestCounts();
    assert.equal(counts[project]?.['regionDisks.get'], 2);
    assert.equal(counts[project]?.['regionDisks.list'], 1);
  });

  it('deletes a regional disk by explicit op; then its get answers 404', async () => {
    await emulator.control.applyOps([
      { op: 'delete', project, type: 'disks', name: 'rd', location: 'us-central1' },
    ]);
    await assert.rejects(client.regionDisks.get({ project, region: 'us-central1', disk: 'rd' }), {
      status: 404,
    });
  });

  const gets: [string, () => Promise<unknown>][] = [
    ['instances.get', () => client.instances.get({ project, zone: 'us-central1-a', instance: 'vm' })],
    ['disks.get', () => client.disks.get({ project, zone: 'us-central1-a', disk: 'zd' })],
    ['regionDisks.get', () => client.regionDisks.get({ project, region: 'us-central1', disk: 'rd' })],
    ['networks.get', () => client.networks.get({ project, network: 'vpc' })],
  ];
  for (const [method, call] of gets) {
    it(`matches a fault to ${method} alone`, async () => {
      await emulator.control.setFault({ kind: 'internalError', method });
      for (const [other, otherCall] of gets) {
        if (other === method) await assert.rejects(otherCall(), { status: 500 });
        else await otherCall();
      }
      await client.disks.aggregatedList({ project });
      await emulator.control.clearFaults();
      await call();
    });
  }
});
