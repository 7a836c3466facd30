import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API HA VPN gateway → its typed row. */
export function convertVpnGateway(item: compute_v1.Schema$VpnGateway) {
  return {
    ...requireIdentity('VPN gateway', item),
    location: lastSegment(item.region) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    network: lastSegment(item.network),
    ip_addresses: (item.vpnInterfaces ?? []).map((i) => i.ipAddress).filter((ip): ip is string => !!ip),
    stack_type: item.stackType,
    labels: item.labels ?? {},
  };
}
