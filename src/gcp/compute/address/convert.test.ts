import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertAddress } from './convert.js';

const base = 'https://www.googleapis.com/compute/v1/projects/p';

test('convertAddress: a regional external address in use, and a global one', () => {
  const regional = convertAddress({
    kind: 'compute#address',
    id: '13',
    name: 'lb-ip',
    region: `${base}/regions/us-east1`,
    address: '34.1.2.3',
    addressType: 'EXTERNAL',
    status: 'IN_USE',
    users: [`${base}/regions/us-east1/forwardingRules/fr-1`],
  });
  assert.equal(regional.location, 'us-east1');
  assert.equal(regional.address, '34.1.2.3');
  assert.deepEqual(regional.users, [`${base}/regions/us-east1/forwardingRules/fr-1`]);
  assert.deepEqual(regional.labels, {});
  const global = convertAddress({
    kind: 'compute#address',
    id: '14',
    name: 'g',
    address: '35.1.1.1',
    ipVersion: 'IPV4',
  });
  assert.equal(global.location, 'global');
  assert.equal(global.ip_version, 'IPV4');
});
