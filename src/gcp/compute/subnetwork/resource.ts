import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertSubnetwork } from './convert.js';

/** VPC subnetworks (regional). */
export const subnetworkResource: ComputeResource<compute_v1.Schema$Subnetwork> = {
  ...computeKind('subnetworks'),
  columns: {
    network: 'text',
    ip_cidr_range: 'text',
    secondary_ranges: 'text[]',
    gateway_address: 'text',
    private_ip_google_access: 'boolean',
    purpose: 'text',
    stack_type: 'text',
  },
  listColumns: ['network', 'ip_cidr_range', 'private_ip_google_access', 'purpose'],
  ...scopedCollection<compute_v1.Schema$Subnetwork>({
    collection: 'subnetworks',
    itemKind: 'compute#subnetwork',
    scope: 'regions',
    aggregatedList: (c, params) => c.subnetworks.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.subnetworks.get({ project: at.project, region: at.location, subnetwork: at.name }, noRetry),
  }),
  convert: convertSubnetwork,
  identify: identifyBy('subnetwork'),
};
