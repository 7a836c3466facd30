import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertDisk } from './convert.js';

/** Compute Engine persistent disks, zonal and regional. */
export const diskResource: ComputeResource<compute_v1.Schema$Disk> = {
  ...computeKind('disks'),
  columns: {
    status: { type: 'text', index: 'btree' },
    size_gb: 'bigint',
    disk_type: 'text',
    source_image: 'text',
    users: 'text[]',
    labels: { type: 'jsonb', index: 'gin' },
  },
  listColumns: ['status', 'size_gb', 'disk_type', 'users', 'labels'],
  ...scopedCollection<compute_v1.Schema$Disk>({
    collection: 'disks',
    itemKind: 'compute#disk',
    scope: 'zones',
    aggregatedList: (c, params) => c.disks.aggregatedList(params, noRetry),
    get: (c, at) => c.disks.get({ project: at.project, zone: at.location, disk: at.name }, noRetry),
    regionalGet: (c, at) =>
      c.regionDisks.get({ project: at.project, region: at.location, disk: at.name }, noRetry),
  }),
  convert: convertDisk,
  identify: identifyBy('disk'),
};
