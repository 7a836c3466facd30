import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API machine image → its typed row. */
export function convertMachineImage(item: compute_v1.Schema$MachineImage) {
  const bytes = item.totalStorageBytes;
  return {
    ...requireIdentity('machine image', item),
    location: 'global',
    creation_timestamp: item.creationTimestamp,
    status: item.status,
    source_instance: lastSegment(item.sourceInstance),
    machine_type: lastSegment(item.instanceProperties?.machineType),
    total_storage_bytes: bytes != null && /^\d+$/.test(bytes) ? Number(bytes) : null,
    storage_locations: item.storageLocations ?? [],
    labels: item.labels ?? {},
  };
}
