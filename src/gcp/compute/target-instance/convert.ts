import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API target instance → its typed row; the instance and network stay URLs. */
export function convertTargetInstance(item: compute_v1.Schema$TargetInstance) {
  return {
    ...requireIdentity('target instance', item),
    location: lastSegment(item.zone) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    instance: item.instance,
    network: item.network,
    nat_policy: item.natPolicy,
    security_policy: item.securityPolicy,
  };
}
