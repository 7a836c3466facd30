import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API target pool → its typed row; instances and health checks stay URLs. */
export function convertTargetPool(item: compute_v1.Schema$TargetPool) {
  return {
    ...requireIdentity('target pool', item),
    location: lastSegment(item.region) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    instances: item.instances ?? [],
    health_checks: item.healthChecks ?? [],
    session_affinity: item.sessionAffinity,
    backup_pool: item.backupPool,
  };
}
