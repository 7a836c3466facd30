import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createDiscoveryClient, type DiscoveryClient } from '../../gcp/discovery/discovery-client.js';
import { startEmulator, type RunningEmulator } from '../index.js';

const vpc = 'https://www.googleapis.com/compute/v1/projects/tb-a/global/networks/vpc';
let emulator: RunningEmulator;
let client: DiscoveryClient;
before(async () => {
  emulator = await startEmulator({
    estate: {
      projects: [
        {
          id: 'tb-a',
          resources: {
            networks: [{ name: 'vpc' }],
            instances: [
              {
                name: 'tagged',
                id: '4001',
                zone: 'us-central1-a',
                networkInterfaces: [{ network: vpc }],
                params: {
                  resourceManagerTags: { 'tagKeys/10': 'tagValues/11', 'tagKeys/20': 'tagValues/21' },
                },
              },
              { name: 'plain', id: '4002', zone: 'us-central1-a', networkInterfaces: [{ network: vpc }] },
            ],
          },
        },
      ],
    },
  });
  client = createDiscoveryClient({ kind: 'none' }, emulator.url);
});
after(() => emulator?.stop());

const parentOf = (instance: string) =>
  `//compute.googleapis.com/projects/tb-a/zones/us-central1-a/instances/${instance}`;

test('tagBindings.list of an instance: one binding per secure tag value, named as Google names them', async () => {
  const parent = parentOf('4001');
  const { data } = await client.rm.tagBindings.list({ parent });
  assert.deepEqual(data.tagBindings, [
    {
      name: `tagBindings/${encodeURIComponent(parent)}/tagValues/11`,
      parent,
      tagValue: 'tagValues/11',
    },
    {
      name: `tagBindings/${encodeURIComponent(parent)}/tagValues/21`,
      parent,
      tagValue: 'tagValues/21',
    },
  ]);
  const paged = await client.rm.tagBindings.list({ parent, pageSize: 1 });
  assert.equal(paged.data.tagBindings?.length, 1);
  assert.ok(paged.data.nextPageToken);
  assert.deepEqual((await client.rm.tagBindings.list({ parent: parentOf('4002') })).data, {});
});

test('an unknown instance answers 403; faults apply by project', async () => {
  await assert.rejects(client.rm.tagBindings.list({ parent: parentOf('9999') }), { status: 403 });
  await emulator.control.setFault({
    kind: 'unavailable',
    method: 'tagBindings.list',
    project: 'tb-a',
    count: 1,
  });
  await assert.rejects(client.rm.tagBindings.list({ parent: parentOf('4001') }), { status: 503 });
  await emulator.control.clearFaults();
});
