import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API zonal network endpoint group → its typed row. */
export function convertNetworkEndpointGroup(item: compute_v1.Schema$NetworkEndpointGroup) {
  return {
    ...requireIdentity('network endpoint group', item),
    location: lastSegment(item.zone ?? item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    network_endpoint_type: item.networkEndpointType,
    network: lastSegment(item.network),
    subnetwork: lastSegment(item.subnetwork),
    default_port: item.defaultPort,
    size: item.size,
  };
}
