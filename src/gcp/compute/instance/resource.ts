import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertInstance } from './convert.js';

/** Compute Engine instances. */
export const instanceResource: ComputeResource<compute_v1.Schema$Instance> = {
  ...computeKind('instances'),
  columns: {
    status: { type: 'text', index: 'btree' },
    machine_type: 'text',
    cpu_platform: 'text',
    internal_ips: 'text[]',
    external_ips: 'text[]',
    network_tags: 'text[]',
    service_accounts: 'text[]',
    labels: { type: 'jsonb', index: 'gin' },
  },
  listColumns: ['status', 'machine_type', 'internal_ips', 'external_ips', 'labels'],
  ...scopedCollection<compute_v1.Schema$Instance>({
    collection: 'instances',
    itemKind: 'compute#instance',
    scope: 'zones',
    aggregatedList: (c, params) => c.instances.aggregatedList(params, noRetry),
    get: (c, at) => c.instances.get({ project: at.project, zone: at.location, instance: at.name }, noRetry),
  }),
  convert: convertInstance,
  identify: identifyBy('instance'),
};
