import type { compute_v1 } from '@googleapis/compute';
import { globalCollection, noRetry } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { convertFirewallPolicy, firewallPolicyColumns } from '../firewall-policy/convert.js';
import { identifyBy } from '../identity.js';
import { computeKind } from '../kinds.js';

/** Global network firewall policies of a project, with their rules and associations to networks. */
export const networkFirewallPolicyResource: ComputeResource<compute_v1.Schema$FirewallPolicy> = {
  ...computeKind('networkFirewallPolicies'),
  columns: firewallPolicyColumns,
  listColumns: ['associations', 'rule_count'],
  ...globalCollection<compute_v1.Schema$FirewallPolicy>({
    collection: 'networkFirewallPolicies',
    path: 'firewallPolicies',
    itemKind: 'compute#firewallPolicy',
    list: (c, params) => c.networkFirewallPolicies.list(params, noRetry),
    get: (c, at) => c.networkFirewallPolicies.get({ project: at.project, firewallPolicy: at.name }, noRetry),
  }),
  /** Not fed: Cloud Asset's FirewallPolicy type is the hierarchical policies' (firewallPolicies); a full sync keeps these. */
  assetTypes: [],
  convert: convertFirewallPolicy,
  identify: identifyBy('firewall policy'),
};
