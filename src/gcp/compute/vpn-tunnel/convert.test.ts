import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertVpnTunnel } from './convert.js';
import { vpnTunnelFixture } from './fixtures.js';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

const cases: {
  name: string;
  overrides: Parameters<typeof vpnTunnelFixture>[0];
  want: Partial<ReturnType<typeof convertVpnTunnel>>;
}[] = [
  {
    name: 'HA tunnel: gateway, interface, router and external peer',
    overrides: {},
    want: {
      location: 'us-central1',
      status: 'ESTABLISHED',
      vpn_gateway: 'ha-vpn-1',
      vpn_gateway_interface: 1,
      router: 'router-1',
      peer_ip: '203.0.113.7',
      peer_gateway: 'onprem',
      ike_version: 2,
      labels: {},
    },
  },
  {
    name: 'HA tunnel to another GCP gateway',
    overrides: {
      peerExternalGateway: undefined,
      peerGcpGateway: `${base}/regions/us-central1/vpnGateways/other`,
    },
    want: { peer_gateway: 'other' },
  },
  {
    name: 'classic tunnel: target VPN gateway, no router',
    overrides: {
      vpnGateway: undefined,
      targetVpnGateway: `${base}/regions/us-central1/targetVpnGateways/classic`,
      router: undefined,
      peerExternalGateway: undefined,
      ikeVersion: 1,
    },
    want: { vpn_gateway: 'classic', router: null, peer_gateway: null, ike_version: 1 },
  },
];

for (const c of cases)
  test(`convertVpnTunnel: ${c.name}`, () => {
    const row = convertVpnTunnel(vpnTunnelFixture(c.overrides));
    for (const [column, value] of Object.entries(c.want))
      assert.deepEqual(row[column as keyof typeof row], value, column);
  });
