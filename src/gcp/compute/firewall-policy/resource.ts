import type { compute_v1 } from '@googleapis/compute';
import { getOrGone } from '../../get-or-gone.js';
import { listPages } from '../../paging.js';
import { noRetry } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { computeKind } from '../kinds.js';
import { convertFirewallPolicy, firewallPolicyColumns } from './convert.js';

/**
 * Hierarchical firewall policies, scoped to the organization or folder that owns them: the scope's id is the
 * node (`organizations/123`, `folders/456`, see kindsOfScope), listed with `firewallPolicies.list?parentId=`.
 */
export const firewallPolicyResource: ComputeResource<compute_v1.Schema$FirewallPolicy> = {
  ...computeKind('firewallPolicies'),
  columns: firewallPolicyColumns,
  listColumns: ['short_name', 'parent', 'associations', 'rule_count'],
  list: (client, ctx) =>
    listPages<compute_v1.Schema$FirewallPolicy>(
      ctx,
      { method: 'firewallPolicies.list', kind: 'compute#firewallPolicyList' },
      (params) =>
        client.firewallPolicies.list(
          { parentId: params.project, maxResults: params.maxResults, pageToken: params.pageToken },
          noRetry,
        ),
    ),
  get: (client, ctx, ref) =>
    getOrGone(
      ctx.api,
      {
        method: 'firewallPolicies.get',
        kind: 'compute#firewallPolicy',
        path: `locations/global/firewallPolicies/${ref.name}`,
      },
      () => client.firewallPolicies.get({ firewallPolicy: ref.name }, noRetry),
    ),
  convert: convertFirewallPolicy,
  identify: identifyBy('firewall policy'),
};
