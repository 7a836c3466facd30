import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertResourcePolicy } from './convert.js';

/** Resource policies: snapshot schedules, placement and instance schedules (regional). */
export const resourcePolicyResource: ComputeResource<compute_v1.Schema$ResourcePolicy> = {
  ...computeKind('resourcePolicies'),
  columns: {
    status: 'text',
    policy_type: 'text',
    retention_days: 'integer',
  },
  listColumns: ['status', 'policy_type', 'retention_days'],
  ...scopedCollection<compute_v1.Schema$ResourcePolicy>({
    collection: 'resourcePolicies',
    itemKind: 'compute#resourcePolicy',
    scope: 'regions',
    aggregatedList: (c, params) => c.resourcePolicies.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.resourcePolicies.get({ project: at.project, region: at.location, resourcePolicy: at.name }, noRetry),
  }),
  convert: convertResourcePolicy,
  identify: identifyBy('resource policy'),
};
