import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's resourcePolicies with one aggregatedList. */
export function listResourcePolicies(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$ResourcePolicy>> {
  return aggregatedPages(
    ctx,
    {
      method: 'resourcePolicies.aggregatedList',
      kind: 'compute#resourcePolicyAggregatedList',
      field: 'resourcePolicies',
    },
    (params) => compute.resourcePolicies.aggregatedList(params, { retry: false }),
  );
}
