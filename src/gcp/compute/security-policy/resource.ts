import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertSecurityPolicy } from './convert.js';
import { getSecurityPolicy } from './get.js';
import { listSecurityPolicies } from './list.js';

/** Cloud Armor security policies, global and regional (one aggregatedList holds both). */
export const securityPolicyResource: ComputeResource<compute_v1.Schema$SecurityPolicy> = {
  kind: 'gcp.compute.securityPolicy',
  plural: 'securityPolicies',
  activityName: 'IngestSecurityPolicies',
  table: 'gcp_compute_security_policies',
  columns: {
    type: 'text',
    default_action: 'text',
    rule_count: 'integer',
    labels: 'jsonb',
  },
  listColumns: ['type', 'default_action', 'rule_count'],
  list: listSecurityPolicies,
  get: getSecurityPolicy,
  convert: convertSecurityPolicy,
  identify: identifyBy('securityPolicy'),
};
