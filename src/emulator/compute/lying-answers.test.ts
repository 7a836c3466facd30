import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { emulatorComputeClient, startEmulator, type RunningEmulator } from '../index.js';
import { itemsOf, pageAll } from './testing/compute-pager.js';
import { checkMessage } from './testing/proto-schema.js';

const project = 'hotpot-demo-001';
const zones = ['us-central1-a', 'us-central1-b', 'europe-west1-b'];

describe('well-formed answers that lie, through @googleapis/compute', () => {
  let emulator: RunningEmulator;
  let client: compute_v1.Compute;
  before(async () => {
    emulator = await startEmulator({ generate: { projects: 2, instances: 30, zones } });
    client = emulatorComputeClient(emulator.url);
  });
  beforeEach(() => emulator.control.clearFaults());
  after(() => emulator.stop());

  it('emptyObject answers 200 {} to lists and gets, then the honest answer', async () => {
    await emulator.control.setFault({ kind: 'emptyObject', project, count: 2 });
    const list = await client.instances.aggregatedList({ project });
    assert.equal(list.status, 200);
    assert.deepEqual(list.data, {});
    const got = await client.networks.get({ project, network: 'default' }).catch((e: unknown) => e);
    assert.deepEqual((got as { data?: unknown }).data, {});
    assert.ok(itemsOf('instances', (await client.instances.aggregatedList({ project })).data).length > 0);
  });

  it('emptyListing: every scope with NO_RESULTS_ON_PAGE, no items, no nextPageToken, the right kind', async () => {
    await emulator.control.setFault({ kind: 'emptyListing', project, method: 'instances.*' });
    const page = (await client.instances.aggregatedList({ project, maxResults: 5 })).data;
    assert.equal(page.kind, 'compute#instanceAggregatedList');
    assert.equal(page.nextPageToken, undefined);
    assert.deepEqual(Object.keys(page.items ?? {}).sort(), zones.map((z) => `zones/${z}`).sort());
    for (const [scope, scoped] of Object.entries(page.items ?? {})) {
      assert.equal(scoped.instances, undefined);
      assert.equal(scoped.warning?.code, 'NO_RESULTS_ON_PAGE');
      assert.deepEqual(scoped.warning?.data, [{ key: 'scope', value: scope }]);
    }
    assert.deepEqual(checkMessage('InstanceAggregatedList', page), []);
    const zonal = (await client.instances.list({ project, zone: 'us-central1-a' })).data;
    assert.equal(zonal.kind, 'compute#instanceList');
    assert.equal(zonal.items, undefined);
    const truth = (await emulator.control.groundTruth(project)).resources.instances;
    assert.ok(
      truth.some((i) => i.zone?.endsWith('/us-central1-a')),
      'the zone is not really empty',
    );
    const one = truth[0];
    assert.ok(one?.name);
    const got = await client.instances.get({
      project,
      zone: one.zone?.split('/').pop() ?? '',
      instance: one.name,
    });
    assert.equal(got.data.id, one.id, 'gets are not emptied');
    const networks = (await client.networks.list({ project })).data;
    assert.ok((networks.items ?? []).length > 0, 'other methods are untouched');
  });

  it('emptyListing on a global list answers the list kind without items', async () => {
    await emulator.control.setFault({ kind: 'emptyListing', project, method: 'networks.list', count: 1 });
    const page = (await client.networks.list({ project })).data;
    assert.equal(page.kind, 'compute#networkList');
    assert.equal(page.items, undefined);
    assert.equal(page.nextPageToken, undefined);
  });

  it("wrongKind serves another method's kind with the real items, or the kind asked for", async () => {
    await emulator.control.setFault({ kind: 'wrongKind', project, count: 3 });
    const agg = (await client.instances.aggregatedList({ project })).data;
    assert.equal(agg.kind, 'compute#diskAggregatedList');
    const truth = (await emulator.control.groundTruth(project)).resources;
    assert.equal(itemsOf('instances', agg).length, truth.instances.length);
    assert.equal(
      (await client.disks.list({ project, zone: 'us-central1-a' })).data.kind,
      'compute#instanceList',
    );
    const net = truth.networks[0];
    assert.ok(net?.name);
    assert.equal((await client.networks.get({ project, network: net.name })).data.kind, 'compute#instance');
    await emulator.control.setFault({
      kind: 'wrongKind',
      project,
      servedKind: 'compute#networkList',
      count: 1,
    });
    assert.equal((await client.firewalls.list({ project })).data.kind, 'compute#networkList');
    assert.equal((await client.firewalls.list({ project })).data.kind, 'compute#firewallList');
  });

  it('scopeWarning: one scope carries the warning instead of its items, on every page', async () => {
    await emulator.control.setFault({
      kind: 'scopeWarning',
      project,
      method: 'instances.aggregatedList',
      zone: 'us-central1-b',
    });
    const { items, pages } = await pageAll(client, 'instances', project, 7);
    const truth = (await emulator.control.groundTruth(project)).resources.instances;
    assert.deepEqual(
      items.map((i) => i['id']).sort(),
      truth
        .filter((i) => !i.zone?.endsWith('/us-central1-b'))
        .map((i) => i.id)
        .sort(),
    );
    for (const page of pages) {
      const scoped = (page.items as Record<string, compute_v1.Schema$InstancesScopedList>)[
        'zones/us-central1-b'
      ];
      assert.equal(scoped?.instances, undefined);
      assert.equal(scoped?.warning?.code, 'UNREACHABLE');
      assert.deepEqual(scoped?.warning?.data, [{ key: 'scope', value: 'zones/us-central1-b' }]);
      assert.deepEqual(checkMessage('InstanceAggregatedList', page), []);
    }
  });

  it('scopeWarning takes a documented code, a region scope, and refuses NO_RESULTS_ON_PAGE', async () => {
    await emulator.control.setFault({
      kind: 'scopeWarning',
      project,
      zone: 'regions/us-central1',
      warningCode: 'PARTIAL_SUCCESS',
    });
    const page = (await client.subnetworks.aggregatedList({ project })).data;
    assert.equal(page.items?.['regions/us-central1']?.warning?.code, 'PARTIAL_SUCCESS');
    assert.equal(page.items?.['regions/us-central1']?.subnetworks, undefined);
    assert.ok(page.items?.['regions/europe-west1']?.subnetworks?.length);
    await assert.rejects(
      emulator.control.setFault({
        kind: 'scopeWarning',
        zone: 'us-central1-a',
        warningCode: 'NO_RESULTS_ON_PAGE',
      }),
      /400/,
    );
    await assert.rejects(emulator.control.setFault({ kind: 'scopeWarning' }), /400.*needs a zone/);
  });
});
