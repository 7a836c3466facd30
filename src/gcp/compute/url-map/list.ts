import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's global and regional URL maps with one aggregatedList. */
export function listUrlMaps(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$UrlMap>> {
  return aggregatedPages(
    ctx,
    { method: 'urlMaps.aggregatedList', kind: 'compute#urlMapsAggregatedList', field: 'urlMaps' },
    (params) => compute.urlMaps.aggregatedList(params, { retry: false }),
  );
}
