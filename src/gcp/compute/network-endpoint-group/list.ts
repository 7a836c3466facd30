import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's zonal network endpoint groups with one aggregatedList. */
export function listNetworkEndpointGroups(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$NetworkEndpointGroup>> {
  return aggregatedPages(
    ctx,
    {
      method: 'networkEndpointGroups.aggregatedList',
      kind: 'compute#networkEndpointGroupAggregatedList',
      field: 'networkEndpointGroups',
    },
    (params) => compute.networkEndpointGroups.aggregatedList(params, { retry: false }),
  );
}
