import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import { noRetry } from '../collection.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's instanceGroupManagers with one aggregatedList. */
export function listInstanceGroupManagers(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$InstanceGroupManager>> {
  return aggregatedPages(
    ctx,
    {
      method: 'instanceGroupManagers.aggregatedList',
      kind: 'compute#instanceGroupManagerAggregatedList',
      field: 'instanceGroupManagers',
    },
    (params) => compute.instanceGroupManagers.aggregatedList(params, noRetry),
  );
}
