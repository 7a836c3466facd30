import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertPacketMirroring } from './convert.js';
import { packetMirroring } from './fixtures.js';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

test('convertPacketMirroring: identity, location and every column from the API object', () => {
  assert.deepEqual(convertPacketMirroring(packetMirroring), {
    id: packetMirroring.id,
    name: packetMirroring.name,
    location: 'us-central1',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    network: `${project}/global/networks/default`,
    collector_ilb: `${project}/regions/us-central1/forwardingRules/ids-collector`,
    enabled: true,
    priority: 1000,
    mirrored_subnetworks: [`${project}/regions/us-central1/subnetworks/web`],
    mirrored_instances: [],
    mirrored_tags: ['mirror-me'],
  });
});

test('convertPacketMirroring: an object without an id is refused', () => {
  assert.throws(() => convertPacketMirroring({ ...packetMirroring, id: undefined }), /packet mirroring/);
});
