import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's global and regional security policies with one aggregatedList. */
export function listSecurityPolicies(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$SecurityPolicy>> {
  return aggregatedPages(
    ctx,
    {
      method: 'securityPolicies.aggregatedList',
      kind: 'compute#securityPolicyAggregatedList',
      field: 'securityPolicies',
    },
    (params) => compute.securityPolicies.aggregatedList(params, { retry: false }),
  );
}
