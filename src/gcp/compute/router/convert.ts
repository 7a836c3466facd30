import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API Cloud Router (with its NAT config) → its typed row. */
export function convertRouter(item: compute_v1.Schema$Router) {
  const nats = item.nats ?? [];
  return {
    ...requireIdentity('router', item),
    location: lastSegment(item.region) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    network: lastSegment(item.network),
    bgp_asn: item.bgp?.asn ?? null,
    nat_names: nats.map((n) => n.name).filter((n): n is string => !!n),
    nat_ip_allocation: nats.map((n) => n.natIpAllocateOption).filter((n): n is string => !!n),
    nat_source_ranges: nats.map((n) => n.sourceSubnetworkIpRangesToNat).filter((n): n is string => !!n),
  };
}
