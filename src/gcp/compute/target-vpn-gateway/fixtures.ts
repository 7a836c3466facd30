import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A classic VPN gateway with its three forwarding rules (ESP, UDP 500, UDP 4500) and one tunnel. */
export const targetVpnGateway: compute_v1.Schema$TargetVpnGateway = {
  kind: 'compute#targetVpnGateway',
  id: '5930000000000000001',
  name: 'classic-vpn',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  region: `${project}/regions/us-central1`,
  network: `${project}/global/networks/default`,
  status: 'READY',
  forwardingRules: ['esp', 'udp500', 'udp4500'].map(
    (r) => `${project}/regions/us-central1/forwardingRules/classic-vpn-${r}`,
  ),
  tunnels: [`${project}/regions/us-central1/vpnTunnels/classic-vpn-tunnel`],
  labels: { env: 'prod' },
  selfLink: `${project}/regions/us-central1/targetVpnGateways/classic-vpn`,
};
