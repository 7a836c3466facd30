import type { compute_v1 } from '@googleapis/compute';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A realistic HA VPN tunnel to an on-premises peer gateway. */
export function vpnTunnelFixture(overrides: compute_v1.Schema$VpnTunnel = {}): compute_v1.Schema$VpnTunnel {
  return {
    kind: 'compute#vpnTunnel',
    id: '5700000000000000001',
    name: 'ha-vpn-1-tunnel-0',
    creationTimestamp: '2024-03-01T10:00:00.000-08:00',
    region: `${base}/regions/us-central1`,
    selfLink: `${base}/regions/us-central1/vpnTunnels/ha-vpn-1-tunnel-0`,
    vpnGateway: `${base}/regions/us-central1/vpnGateways/ha-vpn-1`,
    vpnGatewayInterface: 1,
    peerExternalGateway: `${base}/global/externalVpnGateways/onprem`,
    peerExternalGatewayInterface: 0,
    peerIp: '203.0.113.7',
    router: `${base}/regions/us-central1/routers/router-1`,
    ikeVersion: 2,
    sharedSecretHash: 'AOVd2ZRmNpbTOL5MqXaK1BqjfwHs',
    status: 'ESTABLISHED',
    ...overrides,
  };
}
