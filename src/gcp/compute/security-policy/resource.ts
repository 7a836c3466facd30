import type { compute_v1 } from '@googleapis/compute';
import { noRetry } from '../collection.js';
import { globalAndRegionalCollection } from '../global-or-regional.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertSecurityPolicy } from './convert.js';

/** Cloud Armor security policies, global and regional (one aggregatedList holds both). */
export const securityPolicyResource: ComputeResource<compute_v1.Schema$SecurityPolicy> = {
  ...computeKind('securityPolicies'),
  columns: {
    type: 'text',
    default_action: 'text',
    rule_count: 'integer',
    labels: 'jsonb',
  },
  listColumns: ['type', 'default_action', 'rule_count'],
  ...globalAndRegionalCollection<compute_v1.Schema$SecurityPolicy>({
    collection: 'securityPolicies',
    itemKind: 'compute#securityPolicy',
    aggregatedList: (c, params) => c.securityPolicies.aggregatedList(params, noRetry),
    get: (c, at) => c.securityPolicies.get({ project: at.project, securityPolicy: at.name }, noRetry),
    regionalGet: (c, at) =>
      c.regionSecurityPolicies.get(
        { project: at.project, region: at.location, securityPolicy: at.name },
        noRetry,
      ),
  }),
  convert: convertSecurityPolicy,
  identify: identifyBy('security policy'),
};
