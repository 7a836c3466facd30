import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertRouter } from './convert.js';

const base = 'https://www.googleapis.com/compute/v1/projects/p';

test('convertRouter lists its NATs and BGP ASN', () => {
  const row = convertRouter({
    kind: 'compute#router',
    id: '15',
    name: 'r1',
    region: `${base}/regions/us-east1`,
    network: `${base}/global/networks/prod`,
    bgp: { asn: 64512 },
    nats: [
      {
        name: 'nat-a',
        natIpAllocateOption: 'AUTO_ONLY',
        sourceSubnetworkIpRangesToNat: 'ALL_SUBNETWORKS_ALL_IP_RANGES',
      },
    ],
  });
  assert.equal(row.location, 'us-east1');
  assert.equal(row.bgp_asn, 64512);
  assert.deepEqual(row.nat_names, ['nat-a']);
  assert.deepEqual(row.nat_ip_allocation, ['AUTO_ONLY']);
  const bare = convertRouter({ kind: 'compute#router', id: '16', name: 'r2', region: `${base}/regions/x` });
  assert.equal(bare.bgp_asn, null);
  assert.deepEqual(bare.nat_names, []);
});
