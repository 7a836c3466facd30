import type { compute_v1 } from '@googleapis/compute';
import { requireIdentity } from '../identity.js';

/** Pure: an API network → its typed row. */
export function convertNetwork(item: compute_v1.Schema$Network) {
  return {
    ...requireIdentity('network', item),
    location: 'global',
    creation_timestamp: item.creationTimestamp,
    auto_create_subnetworks: item.autoCreateSubnetworks,
    routing_mode: item.routingConfig?.routingMode,
    mtu: item.mtu,
    subnetworks: item.subnetworks ?? [],
  };
}
