import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** The kind of policy an API resource policy holds (its one policy field), or null. */
function policyType(item: compute_v1.Schema$ResourcePolicy): string | null {
  if (item.snapshotSchedulePolicy) return 'SNAPSHOT_SCHEDULE';
  if (item.groupPlacementPolicy) return 'GROUP_PLACEMENT';
  if (item.instanceSchedulePolicy) return 'INSTANCE_SCHEDULE';
  if (item.diskConsistencyGroupPolicy) return 'DISK_CONSISTENCY_GROUP';
  if (item.workloadPolicy) return 'WORKLOAD';
  return null;
}

/** Pure: an API resource policy → its typed row. */
export function convertResourcePolicy(item: compute_v1.Schema$ResourcePolicy) {
  return {
    ...requireIdentity('resource policy', item),
    location: lastSegment(item.region) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    status: item.status,
    policy_type: policyType(item),
    retention_days: item.snapshotSchedulePolicy?.retentionPolicy?.maxRetentionDays,
  };
}
