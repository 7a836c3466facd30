import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API subnetwork → its typed row. */
export function convertSubnetwork(item: compute_v1.Schema$Subnetwork) {
  return {
    ...requireIdentity('subnetwork', item),
    location: lastSegment(item.region) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    network: lastSegment(item.network),
    ip_cidr_range: item.ipCidrRange,
    secondary_ranges: (item.secondaryIpRanges ?? [])
      .map((r) => r.ipCidrRange)
      .filter((r): r is string => !!r),
    gateway_address: item.gatewayAddress,
    private_ip_google_access: item.privateIpGoogleAccess ?? null,
    purpose: item.purpose,
    stack_type: item.stackType,
  };
}
