import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertInstanceTemplate } from './convert.js';
import { getInstanceTemplate } from './get.js';
import { listInstanceTemplates } from './list.js';

/** Instance templates, global and regional (one aggregatedList returns both). */
export const instanceTemplateResource: ComputeResource<compute_v1.Schema$InstanceTemplate> = {
  ...computeKind('instanceTemplates'),
  columns: {
    machine_type: 'text',
    networks: 'text[]',
    subnetworks: 'text[]',
    network_tags: 'text[]',
    service_accounts: 'text[]',
    source_images: 'text[]',
    can_ip_forward: 'boolean',
    labels: 'jsonb',
  },
  listColumns: ['machine_type', 'networks', 'service_accounts', 'labels'],
  list: listInstanceTemplates,
  get: getInstanceTemplate,
  convert: convertInstanceTemplate,
  identify: identifyBy('instance template'),
};
