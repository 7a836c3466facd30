import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API disk (zonal or regional) → its typed row. */
export function convertDisk(item: compute_v1.Schema$Disk) {
  const size = item.sizeGb == null ? null : Number(item.sizeGb);
  return {
    ...requireIdentity('disk', item),
    location: lastSegment(item.zone ?? item.region) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    status: item.status,
    size_gb: size !== null && Number.isFinite(size) ? size : null,
    disk_type: lastSegment(item.type),
    source_image: item.sourceImage,
    users: item.users ?? [],
    labels: item.labels ?? {},
  };
}
