import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

const bigint = (v: string | null | undefined) => (v == null || !/^\d+$/.test(v) ? null : Number(v));

/** Pure: an API image → its typed row. */
export function convertImage(item: compute_v1.Schema$Image) {
  return {
    ...requireIdentity('image', item),
    location: 'global',
    creation_timestamp: item.creationTimestamp,
    family: item.family,
    status: item.status,
    source_disk: lastSegment(item.sourceDisk),
    disk_size_gb: bigint(item.diskSizeGb),
    archive_size_bytes: bigint(item.archiveSizeBytes),
    deprecation_state: item.deprecated?.state,
    architecture: item.architecture,
    labels: item.labels ?? {},
  };
}
