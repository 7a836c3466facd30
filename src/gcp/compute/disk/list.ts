import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's zonal and regional disks with one aggregatedList. */
export function listDisks(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$Disk>> {
  return aggregatedPages(
    ctx,
    { method: 'disks.aggregatedList', kind: 'compute#diskAggregatedList', field: 'disks' },
    (params) => compute.disks.aggregatedList(params, { retry: false }),
  );
}
