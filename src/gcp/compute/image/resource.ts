import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertImage } from './convert.js';
import { getImage } from './get.js';
import { listImages } from './list.js';

/** Custom images owned by the project (global). */
export const imageResource: ComputeResource<compute_v1.Schema$Image> = {
  kind: 'gcp.compute.image',
  plural: 'images',
  activityName: 'IngestImages',
  table: 'gcp_compute_images',
  columns: {
    family: 'text',
    status: 'text',
    source_disk: 'text',
    disk_size_gb: 'bigint',
    archive_size_bytes: 'bigint',
    deprecation_state: 'text',
    architecture: 'text',
    labels: 'jsonb',
  },
  listColumns: ['family', 'status', 'source_disk', 'deprecation_state'],
  list: listImages,
  get: getImage,
  convert: convertImage,
  identify: identifyBy('image'),
};
