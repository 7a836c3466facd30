import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertInterconnect } from './convert.js';
import { interconnect } from './fixtures.js';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

test('convertInterconnect: identity, location and every column from the API object', () => {
  assert.deepEqual(convertInterconnect(interconnect), {
    id: interconnect.id,
    name: interconnect.name,
    location: 'global',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    interconnect_type: 'DEDICATED',
    link_type: 'LINK_TYPE_ETHERNET_10G_LR',
    interconnect_location: `${project}/global/interconnectLocations/iad-zone1-1`,
    requested_link_count: 2,
    provisioned_link_count: 2,
    operational_status: 'OS_ACTIVE',
    state: 'ACTIVE',
    admin_enabled: true,
    customer_name: 'Example Corp',
    labels: {},
  });
});

test('convertInterconnect: an object without an id is refused', () => {
  assert.throws(() => convertInterconnect({ ...interconnect, id: undefined }), /interconnect/);
});
