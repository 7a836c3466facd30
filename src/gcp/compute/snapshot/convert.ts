import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

const bigint = (v: string | null | undefined) => (v == null || !/^\d+$/.test(v) ? null : Number(v));

/** Pure: an API snapshot → its typed row. */
export function convertSnapshot(item: compute_v1.Schema$Snapshot) {
  return {
    ...requireIdentity('snapshot', item),
    location: 'global',
    creation_timestamp: item.creationTimestamp,
    status: item.status,
    source_disk: lastSegment(item.sourceDisk),
    disk_size_gb: bigint(item.diskSizeGb),
    storage_bytes: bigint(item.storageBytes),
    auto_created: item.autoCreated,
    snapshot_schedule: lastSegment(item.sourceSnapshotSchedulePolicy),
    storage_locations: item.storageLocations ?? [],
    labels: item.labels ?? {},
  };
}
