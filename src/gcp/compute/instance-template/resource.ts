import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertInstanceTemplate } from './convert.js';

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
    labels: { type: 'jsonb', index: 'gin' },
  },
  listColumns: ['machine_type', 'networks', 'service_accounts', 'labels'],
  ...scopedCollection<compute_v1.Schema$InstanceTemplate>({
    collection: 'instanceTemplates',
    itemKind: 'compute#instanceTemplate',
    scope: 'global',
    aggregatedList: (c, params) => c.instanceTemplates.aggregatedList(params, noRetry),
    get: (c, at) => c.instanceTemplates.get({ project: at.project, instanceTemplate: at.name }, noRetry),
    regionalGet: (c, at) =>
      c.regionInstanceTemplates.get(
        { project: at.project, region: at.location, instanceTemplate: at.name },
        noRetry,
      ),
  }),
  convert: convertInstanceTemplate,
  identify: identifyBy('instance template'),
};
