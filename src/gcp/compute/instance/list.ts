import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's instances across all zones with one aggregatedList (⌈n/pageSize⌉ calls). */
export function listInstances(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$Instance>> {
  return aggregatedPages(
    ctx,
    { method: 'instances.aggregatedList', kind: 'compute#instanceAggregatedList', field: 'instances' },
    (params) => compute.instances.aggregatedList(params, { retry: false }),
  );
}
