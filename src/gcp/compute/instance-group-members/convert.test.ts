import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertInstanceGroupMembers } from './convert.js';
import { groupMembers } from './fixtures.js';

const zone = 'https://www.googleapis.com/compute/v1/projects/fixture-project/zones/us-central1-a';

test('convertInstanceGroupMembers: the group’s identity and every member URL, whatever its status', () => {
  assert.deepEqual(convertInstanceGroupMembers(groupMembers), {
    id: '5960000000000000001',
    name: 'hand-built',
    location: 'us-central1-a',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    instance_group: `${zone}/instanceGroups/hand-built`,
    instances: [`${zone}/instances/web-1`, `${zone}/instances/web-2`],
    size: 2,
  });
});

test('convertInstanceGroupMembers: an empty group', () => {
  const row = convertInstanceGroupMembers({ ...groupMembers, instances: [] });
  assert.deepEqual([row.instances, row.size], [[], 0]);
});
