import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertSnapshot } from './convert.js';
import { getSnapshot } from './get.js';
import { listSnapshots } from './list.js';

/** Persistent disk snapshots (global). */
export const snapshotResource: ComputeResource<compute_v1.Schema$Snapshot> = {
  kind: 'gcp.compute.snapshot',
  plural: 'snapshots',
  activityName: 'IngestSnapshots',
  table: 'gcp_compute_snapshots',
  columns: {
    status: 'text',
    source_disk: 'text',
    disk_size_gb: 'bigint',
    storage_bytes: 'bigint',
    auto_created: 'boolean',
    snapshot_schedule: 'text',
    storage_locations: 'text[]',
    labels: 'jsonb',
  },
  listColumns: ['status', 'source_disk', 'disk_size_gb', 'auto_created'],
  list: listSnapshots,
  get: getSnapshot,
  convert: convertSnapshot,
  identify: identifyBy('snapshot'),
};
