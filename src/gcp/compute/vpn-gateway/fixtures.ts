import type { compute_v1 } from '@googleapis/compute';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A realistic HA VPN gateway with its two interfaces. */
export function vpnGatewayFixture(
  overrides: compute_v1.Schema$VpnGateway = {},
): compute_v1.Schema$VpnGateway {
  return {
    kind: 'compute#vpnGateway',
    id: '5600000000000000001',
    name: 'ha-vpn-1',
    creationTimestamp: '2024-03-01T10:00:00.000-08:00',
    region: `${base}/regions/us-central1`,
    selfLink: `${base}/regions/us-central1/vpnGateways/ha-vpn-1`,
    network: `${base}/global/networks/default`,
    vpnInterfaces: [
      { id: 0, ipAddress: '35.242.1.10' },
      { id: 1, ipAddress: '35.220.2.20' },
    ],
    stackType: 'IPV4_ONLY',
    labels: { env: 'prod' },
    ...overrides,
  };
}
