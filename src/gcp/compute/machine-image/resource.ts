import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertMachineImage } from './convert.js';
import { getMachineImage } from './get.js';
import { listMachineImages } from './list.js';

/** Machine images: whole-instance backups (global). */
export const machineImageResource: ComputeResource<compute_v1.Schema$MachineImage> = {
  kind: 'gcp.compute.machineImage',
  plural: 'machineImages',
  activityName: 'IngestMachineImages',
  table: 'gcp_compute_machine_images',
  columns: {
    status: 'text',
    source_instance: 'text',
    machine_type: 'text',
    total_storage_bytes: 'bigint',
    storage_locations: 'text[]',
    labels: 'jsonb',
  },
  listColumns: ['status', 'source_instance', 'total_storage_bytes'],
  list: listMachineImages,
  get: getMachineImage,
  convert: convertMachineImage,
  identify: identifyBy('machineImage'),
};
