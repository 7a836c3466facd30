import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's regional target pools with one aggregatedList. */
export function listTargetPools(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$TargetPool>> {
  return aggregatedPages(
    ctx,
    { method: 'targetPools.aggregatedList', kind: 'compute#targetPoolAggregatedList', field: 'targetPools' },
    (params) => compute.targetPools.aggregatedList(params, { retry: false }),
  );
}
