import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertInstance } from './convert.js';
import { getInstance } from './get.js';
import { listInstances } from './list.js';

/** Compute Engine instances. */
export const instanceResource: ComputeResource<compute_v1.Schema$Instance> = {
  ...computeKind('instances'),
  columns: {
    status: 'text',
    machine_type: 'text',
    cpu_platform: 'text',
    internal_ips: 'text[]',
    external_ips: 'text[]',
    network_tags: 'text[]',
    service_accounts: 'text[]',
    labels: 'jsonb',
  },
  listColumns: ['status', 'machine_type', 'internal_ips', 'external_ips', 'labels'],
  list: listInstances,
  get: getInstance,
  convert: convertInstance,
  identify: identifyBy('instance'),
};
