import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API classic VPN gateway → its typed row; network, forwarding rules and tunnels stay URLs. */
export function convertTargetVpnGateway(item: compute_v1.Schema$TargetVpnGateway) {
  return {
    ...requireIdentity('target VPN gateway', item),
    location: lastSegment(item.region) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    network: item.network,
    status: item.status,
    forwarding_rules: item.forwardingRules ?? [],
    tunnels: item.tunnels ?? [],
    labels: item.labels ?? {},
  };
}
