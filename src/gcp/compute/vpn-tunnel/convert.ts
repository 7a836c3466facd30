import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API VPN tunnel → its typed row; `peer_gateway` names the external or GCP peer gateway. */
export function convertVpnTunnel(item: compute_v1.Schema$VpnTunnel) {
  return {
    ...requireIdentity('VPN tunnel', item),
    location: lastSegment(item.region) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    status: item.status,
    vpn_gateway: lastSegment(item.vpnGateway ?? item.targetVpnGateway),
    vpn_gateway_interface: item.vpnGatewayInterface,
    router: lastSegment(item.router),
    peer_ip: item.peerIp,
    peer_gateway: lastSegment(item.peerExternalGateway ?? item.peerGcpGateway),
    ike_version: item.ikeVersion,
    labels: item.labels ?? {},
  };
}
