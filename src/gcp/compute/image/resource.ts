import type { compute_v1 } from '@googleapis/compute';
import { noRetry, globalCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertImage } from './convert.js';

/** Custom images owned by the project (global). */
export const imageResource: ComputeResource<compute_v1.Schema$Image> = {
  ...computeKind('images'),
  columns: {
    family: { type: 'text', index: 'btree' },
    status: 'text',
    source_disk: 'text',
    disk_size_gb: 'bigint',
    archive_size_bytes: 'bigint',
    deprecation_state: 'text',
    architecture: 'text',
    labels: { type: 'jsonb', index: 'gin' },
  },
  listColumns: ['family', 'status', 'source_disk', 'deprecation_state'],
  ...globalCollection<compute_v1.Schema$Image>({
    collection: 'images',
    itemKind: 'compute#image',
    list: (c, params) => c.images.list(params, noRetry),
    get: (c, at) => c.images.get({ project: at.project, image: at.name }, noRetry),
  }),
  convert: convertImage,
  identify: identifyBy('image'),
};
