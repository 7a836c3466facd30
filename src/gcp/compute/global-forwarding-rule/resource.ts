import type { compute_v1 } from '@googleapis/compute';
import { globalCollection, noRetry } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { forwardingRuleResource } from '../forwarding-rule/resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';

/** Global forwarding rules: Google's own collection (the aggregatedList holds regional ones only), same row. */
export const globalForwardingRuleResource: ComputeResource<compute_v1.Schema$ForwardingRule> = {
  ...forwardingRuleResource,
  ...computeKind('globalForwardingRules'),
  ...globalCollection<compute_v1.Schema$ForwardingRule>({
    collection: 'globalForwardingRules',
    path: 'forwardingRules',
    itemKind: 'compute#forwardingRule',
    list: (c, params) => c.globalForwardingRules.list(params, noRetry),
    get: (c, at) => c.globalForwardingRules.get({ project: at.project, forwardingRule: at.name }, noRetry),
  }),
  /** Cloud Asset names global forwarding rules apart from regional ones. */
  assetTypes: ['compute.googleapis.com/GlobalForwardingRule'],
  identify: identifyBy('global forwarding rule'),
};
