import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertSubnetwork } from './convert.js';

const base = 'https://www.googleapis.com/compute/v1/projects/p';

test('convertSubnetwork keeps its region, network and ranges', () => {
  const row = convertSubnetwork({
    kind: 'compute#subnetwork',
    id: '12',
    name: 'prod-eu',
    region: `${base}/regions/europe-west1`,
    network: `${base}/global/networks/prod`,
    ipCidrRange: '10.1.0.0/20',
    secondaryIpRanges: [{ rangeName: 'pods', ipCidrRange: '10.8.0.0/14' }],
    privateIpGoogleAccess: true,
  });
  assert.equal(row.location, 'europe-west1');
  assert.equal(row.network, 'prod');
  assert.equal(row.ip_cidr_range, '10.1.0.0/20');
  assert.deepEqual(row.secondary_ranges, ['10.8.0.0/14']);
  assert.equal(row.private_ip_google_access, true);
});
