import type { compute_v1 } from '@googleapis/compute';
import { scopedCollection, noRetry } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { convertFirewallPolicy, firewallPolicyColumns } from '../firewall-policy/convert.js';
import { identifyBy } from '../identity.js';
import { computeKind } from '../kinds.js';

type Policy = compute_v1.Schema$FirewallPolicy;

const collection = scopedCollection<Policy>({
  collection: 'regionNetworkFirewallPolicies',
  path: 'firewallPolicies',
  itemKind: 'compute#firewallPolicy',
  scope: 'regions',
  field: 'firewallPolicies',
  listKind: 'compute#networkFirewallPolicyAggregatedList',
  aggregatedList: (c, params) => c.networkFirewallPolicies.aggregatedList(params, noRetry),
  get: (c, at) =>
    c.regionNetworkFirewallPolicies.get(
      { project: at.project, region: at.location, firewallPolicy: at.name },
      noRetry,
    ),
});

/**
 * Regional network firewall policies of a project: networkFirewallPolicies.aggregatedList, whose `global` scope
 * (the global policies, a kind of their own) is left out.
 */
export const regionNetworkFirewallPolicyResource: ComputeResource<Policy> = {
  ...computeKind('regionNetworkFirewallPolicies'),
  columns: firewallPolicyColumns,
  listColumns: ['associations', 'rule_count'],
  list: async function* (client, ctx) {
    for await (const page of collection.list(client, ctx))
      yield {
        items: page.items.filter((p) => p.region),
        locations: page.locations.filter((l) => l !== 'global'),
        unreachable: page.unreachable.filter((l) => l !== 'global'),
      };
  },
  get: collection.get,
  convert: convertFirewallPolicy,
  identify: identifyBy('firewall policy'),
};
