import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertNetworkEndpointGroup } from './convert.js';
import { networkEndpointGroup } from './fixtures.js';

test('convertNetworkEndpointGroup: zone, endpoint type, network names, port and size', () => {
  assert.deepEqual(convertNetworkEndpointGroup(networkEndpointGroup), {
    id: '6100000000000000001',
    name: 'neg-us-central1-a',
    location: 'us-central1-a',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    network_endpoint_type: 'GCE_VM_IP_PORT',
    network: 'vpc-1',
    subnetwork: 'vpc-1-us-central1',
    default_port: 8080,
    size: 3,
  });
});

test('convertNetworkEndpointGroup: an internet NEG has no network', () => {
  const row = convertNetworkEndpointGroup({
    ...networkEndpointGroup,
    networkEndpointType: 'INTERNET_FQDN_PORT',
    network: undefined,
    subnetwork: undefined,
    defaultPort: 443,
  });
  assert.deepEqual([row.network, row.subnetwork, row.default_port], [null, null, 443]);
});
