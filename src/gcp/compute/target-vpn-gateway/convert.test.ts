import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertTargetVpnGateway } from './convert.js';
import { targetVpnGateway } from './fixtures.js';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

test('convertTargetVpnGateway: identity, location and every column from the API object', () => {
  assert.deepEqual(convertTargetVpnGateway(targetVpnGateway), {
    id: targetVpnGateway.id,
    name: targetVpnGateway.name,
    location: 'us-central1',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    network: `${project}/global/networks/default`,
    status: 'READY',
    forwarding_rules: ['esp', 'udp500', 'udp4500'].map(
      (r) => `${project}/regions/us-central1/forwardingRules/classic-vpn-${r}`,
    ),
    tunnels: [`${project}/regions/us-central1/vpnTunnels/classic-vpn-tunnel`],
    labels: { env: 'prod' },
  });
});

test('convertTargetVpnGateway: an object without an id is refused', () => {
  assert.throws(() => convertTargetVpnGateway({ ...targetVpnGateway, id: undefined }), /target VPN gateway/);
});
