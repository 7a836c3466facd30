import type { compute_v1 } from '@googleapis/compute';
import { noRetry, globalCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertSnapshot } from './convert.js';

/** Persistent disk snapshots (global). */
export const snapshotResource: ComputeResource<compute_v1.Schema$Snapshot> = {
  ...computeKind('snapshots'),
  columns: {
    status: 'text',
    source_disk: { type: 'text', index: 'btree' },
    disk_size_gb: 'bigint',
    storage_bytes: 'bigint',
    auto_created: 'boolean',
    snapshot_schedule: 'text',
    storage_locations: 'text[]',
    labels: { type: 'jsonb', index: 'gin' },
  },
  listColumns: ['status', 'source_disk', 'disk_size_gb', 'auto_created'],
  ...globalCollection<compute_v1.Schema$Snapshot>({
    collection: 'snapshots',
    itemKind: 'compute#snapshot',
    list: (c, params) => c.snapshots.list(params, noRetry),
    get: (c, at) => c.snapshots.get({ project: at.project, snapshot: at.name }, noRetry),
  }),
  convert: convertSnapshot,
  identify: identifyBy('snapshot'),
};
