import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API managed instance group (zonal or regional) → its typed row. */
export function convertInstanceGroupManager(item: compute_v1.Schema$InstanceGroupManager) {
  return {
    ...requireIdentity('instance group manager', item),
    location: lastSegment(item.zone ?? item.region) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    base_instance_name: item.baseInstanceName,
    instance_template: lastSegment(item.instanceTemplate),
    instance_group: lastSegment(item.instanceGroup),
    target_size: item.targetSize,
    is_stable: item.status?.isStable,
    target_pools: (item.targetPools ?? []).map(lastSegment).filter((p): p is string => !!p),
  };
}
