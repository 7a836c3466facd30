import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's global and regional backend services with one aggregatedList. */
export function listBackendServices(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$BackendService>> {
  return aggregatedPages(
    ctx,
    {
      method: 'backendServices.aggregatedList',
      kind: 'compute#backendServiceAggregatedList',
      field: 'backendServices',
    },
    (params) => compute.backendServices.aggregatedList(params, { retry: false }),
  );
}
