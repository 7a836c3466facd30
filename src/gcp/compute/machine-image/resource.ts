import type { compute_v1 } from '@googleapis/compute';
import { noRetry, globalCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertMachineImage } from './convert.js';

/** Machine images: whole-instance backups (global). */
export const machineImageResource: ComputeResource<compute_v1.Schema$MachineImage> = {
  ...computeKind('machineImages'),
  columns: {
    status: 'text',
    source_instance: { type: 'text', index: 'btree' },
    machine_type: 'text',
    total_storage_bytes: 'bigint',
    storage_locations: 'text[]',
    labels: 'jsonb',
  },
  listColumns: ['status', 'source_instance', 'total_storage_bytes'],
  ...globalCollection<compute_v1.Schema$MachineImage>({
    collection: 'machineImages',
    itemKind: 'compute#machineImage',
    list: (c, params) => c.machineImages.list(params, noRetry),
    get: (c, at) => c.machineImages.get({ project: at.project, machineImage: at.name }, noRetry),
  }),
  convert: convertMachineImage,
  identify: identifyBy('machine image'),
};
