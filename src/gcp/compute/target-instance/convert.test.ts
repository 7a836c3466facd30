import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertTargetInstance } from './convert.js';
import { targetInstance } from './fixtures.js';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

test('convertTargetInstance: identity, location and every column from the API object', () => {
  assert.deepEqual(convertTargetInstance(targetInstance), {
    id: targetInstance.id,
    name: targetInstance.name,
    location: 'us-central1-a',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    instance: `${project}/zones/us-central1-a/instances/game-1`,
    network: undefined,
    nat_policy: 'NO_NAT',
    security_policy: undefined,
  });
});

test('convertTargetInstance: an object without an id is refused', () => {
  assert.throws(() => convertTargetInstance({ ...targetInstance, id: undefined }), /target instance/);
});
