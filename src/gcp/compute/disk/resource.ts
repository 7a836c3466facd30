import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertDisk } from './convert.js';
import { getDisk } from './get.js';
import { listDisks } from './list.js';

/** Compute Engine persistent disks, zonal and regional. */
export const diskResource: ComputeResource<compute_v1.Schema$Disk> = {
  ...computeKind('disks'),
  columns: {
    status: 'text',
    size_gb: 'bigint',
    disk_type: 'text',
    source_image: 'text',
    users: 'text[]',
    labels: 'jsonb',
  },
  listColumns: ['status', 'size_gb', 'disk_type', 'users', 'labels'],
  list: listDisks,
  get: getDisk,
  convert: convertDisk,
  identify: identifyBy('disk'),
};
