import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API instance group → its typed row. */
export function convertInstanceGroup(item: compute_v1.Schema$InstanceGroup) {
  return {
    ...requireIdentity('instance group', item),
    location: lastSegment(item.zone ?? item.region) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    network: lastSegment(item.network),
    subnetwork: lastSegment(item.subnetwork),
    size: item.size ?? null,
    named_ports: (item.namedPorts ?? []).map((p) => `${p.name ?? ''}:${p.port ?? ''}`),
  };
}
