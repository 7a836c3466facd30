import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertResourcePolicy } from './convert.js';
import { getResourcePolicy } from './get.js';
import { listResourcePolicies } from './list.js';

/** Resource policies: snapshot schedules, placement and instance schedules (regional). */
export const resourcePolicyResource: ComputeResource<compute_v1.Schema$ResourcePolicy> = {
  kind: 'gcp.compute.resourcePolicy',
  plural: 'resourcePolicies',
  activityName: 'IngestResourcePolicies',
  table: 'gcp_compute_resource_policies',
  columns: {
    status: 'text',
    policy_type: 'text',
    retention_days: 'integer',
  },
  listColumns: ['status', 'policy_type', 'retention_days'],
  list: listResourcePolicies,
  get: getResourcePolicy,
  convert: convertResourcePolicy,
  identify: identifyBy('resourcePolicy'),
};
