import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { compute_v1 } from '@googleapis/compute';
import { emulatorComputeClient, startEmulator, type RunningEmulator } from '../index.js';

const project = 'acme';
const base = `https://www.googleapis.com/compute/v1/projects/${project}`;
const estate = {
  seed: 4,
  projects: [
    {
      id: project,
      zones: ['us-central1-a', 'europe-west1-b'],
      resources: {
        backendServices: [
          { name: 'bs-global', loadBalancingScheme: 'EXTERNAL_MANAGED' },
          { name: 'bs-regional', region: 'us-central1', loadBalancingScheme: 'INTERNAL' },
        ],
        forwardingRules: [{ name: 'fr', region: 'us-central1', IPAddress: '10.0.0.2', ports: ['443'] }],
        addresses: [{ name: 'ip-regional', region: 'europe-west1', address: '35.0.0.9' }],
        globalAddresses: [{ name: 'ip-global', address: '34.1.2.3' }],
        globalForwardingRules: [{ name: 'fr-global', IPAddress: '34.1.2.3', portRange: '443-443' }],
        networkEndpointGroups: [
          { name: 'neg', zone: 'us-central1-f', networkEndpointType: 'GCE_VM_IP_PORT' },
        ],
      },
    },
  ],
};

describe('global and regional load-balancing collections through @googleapis/compute', () => {
  let emulator: RunningEmulator;
  let client: compute_v1.Compute;
  before(async () => {
    emulator = await startEmulator({ estate });
    client = emulatorComputeClient(emulator.url);
  });
  beforeEach(() => emulator.control.reset());
  after(() => emulator.stop());

  it('lists global and regional backend services in one aggregatedList, global first', async () => {
    const page = (await client.backendServices.aggregatedList({ project })).data;
    assert.equal(page.kind, 'compute#backendServiceAggregatedList');
    assert.deepEqual(Object.keys(page.items ?? {}), [
      'global',
      'regions/us-central1',
      'regions/europe-west1',
    ]);
    assert.deepEqual(
      page.items?.['global']?.backendServices?.map((b) => b.selfLink),
      [`${base}/global/backendServices/bs-global`],
    );
    assert.deepEqual(
      page.items?.['regions/us-central1']?.backendServices?.map((b) => b.name),
      ['bs-regional'],
    );
    assert.equal(page.items?.['regions/europe-west1']?.warning?.code, 'NO_RESULTS_ON_PAGE');
  });

  it('serves each at its own collection and answers 404 at the other', async () => {
    const global = (await client.backendServices.get({ project, backendService: 'bs-global' })).data;
    assert.equal(global.region, undefined);
    const regional = (
      await client.regionBackendServices.get({
        project,
        region: 'us-central1',
        backendService: 'bs-regional',
      })
    ).data;
    assert.equal(regional.region, `${base}/regions/us-central1`);
    assert.equal(regional.selfLink, `${base}/regions/us-central1/backendServices/bs-regional`);
    await assert.rejects(client.backendServices.get({ project, backendService: 'bs-regional' }), {
      status: 404,
      message: `The resource 'projects/${project}/global/backendServices/bs-regional' was not found`,
    });
    await assert.rejects(
      client.regionBackendServices.get({ project, region: 'us-central1', backendService: 'bs-global' }),
      { status: 404 },
    );
    const listed = (await client.regionBackendServices.list({ project, region: 'us-central1' })).data;
    assert.equal(listed.kind, 'compute#backendServiceList');
    assert.deepEqual(
      listed.items?.map((b) => b.name),
      ['bs-regional'],
    );
    const counts = (await emulator.control.requestCounts())[project] ?? {};
    assert.deepEqual(
      [
        counts['backendServices.get'],
        counts['regionBackendServices.get'],
        counts['regionBackendServices.list'],
      ],
      [2, 2, 1],
    );
  });

  it('holds global forwarding rules under items.global of forwardingRules.aggregatedList, as Google does', async () => {
    const agg = (await client.forwardingRules.aggregatedList({ project })).data;
    assert.deepEqual(Object.keys(agg.items ?? {}), ['global', 'regions/us-central1', 'regions/europe-west1']);
    assert.deepEqual(
      agg.items?.['global']?.forwardingRules?.map((f) => f.selfLink),
      [`${base}/global/forwardingRules/fr-global`],
    );
    assert.deepEqual(
      agg.items?.['regions/us-central1']?.forwardingRules?.map((f) => f.name),
      ['fr'],
    );
    const global = (await client.globalForwardingRules.list({ project })).data;
    assert.equal(global.kind, 'compute#forwardingRuleList');
    assert.deepEqual(
      global.items?.map((f) => f.selfLink),
      [`${base}/global/forwardingRules/fr-global`],
    );
    const regional = (
      await client.forwardingRules.get({ project, region: 'us-central1', forwardingRule: 'fr' })
    ).data;
    assert.deepEqual(regional.ports, ['443']);
  });

  it('holds global addresses under items.global of addresses.aggregatedList, paged with the regional ones', async () => {
    const agg = (await client.addresses.aggregatedList({ project })).data;
    assert.equal(agg.kind, 'compute#addressAggregatedList');
    assert.deepEqual(
      agg.items?.['global']?.addresses?.map((a) => a.selfLink),
      [`${base}/global/addresses/ip-global`],
    );
    assert.deepEqual(
      agg.items?.['regions/europe-west1']?.addresses?.map((a) => a.name),
      ['ip-regional'],
    );
    const first = (await client.addresses.aggregatedList({ project, maxResults: 1 })).data;
    assert.equal(first.items?.['global']?.addresses?.[0]?.name, 'ip-global');
    assert.equal(first.items?.['regions/europe-west1']?.warning?.code, 'NO_RESULTS_ON_PAGE');
    const second = (
      await client.addresses.aggregatedList({ project, maxResults: 1, pageToken: first.nextPageToken ?? '' })
    ).data;
    assert.equal(second.items?.['global']?.warning?.code, 'NO_RESULTS_ON_PAGE');
    assert.equal(second.items?.['regions/europe-west1']?.addresses?.[0]?.name, 'ip-regional');
    assert.equal(second.nextPageToken, undefined);
    const filtered = (await client.addresses.aggregatedList({ project, filter: 'name = ip-global' })).data;
    assert.equal(filtered.items?.['global']?.addresses?.length, 1);
  });

  it('matches a fault to the regional collection alone, and deletes a global resource by location global', async () => {
    await emulator.control.setFault({ kind: 'internalError', method: 'regionBackendServices.get' });
    await assert.rejects(
      client.regionBackendServices.get({ project, region: 'us-central1', backendService: 'bs-regional' }),
      { status: 500 },
    );
    await client.backendServices.get({ project, backendService: 'bs-global' });
    await emulator.control.clearFaults();
    await emulator.control.applyOps([
      { op: 'delete', project, type: 'backendServices', name: 'bs-global', location: 'global' },
    ]);
    await assert.rejects(client.backendServices.get({ project, backendService: 'bs-global' }), {
      status: 404,
    });
    await client.regionBackendServices.get({ project, region: 'us-central1', backendService: 'bs-regional' });
  });

  it('adds the zones of network endpoint groups to the project', async () => {
    const truth = await emulator.control.groundTruth(project);
    assert.ok(truth.zones.includes('us-central1-f'));
    assert.equal(truth.resources.networkEndpointGroups[0]?.zone, `${base}/zones/us-central1-f`);
  });
});
