import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's global and regional target HTTP proxies with one aggregatedList. */
export function listTargetHttpProxies(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$TargetHttpProxy>> {
  return aggregatedPages(
    ctx,
    {
      method: 'targetHttpProxies.aggregatedList',
      kind: 'compute#targetHttpProxyAggregatedList',
      field: 'targetHttpProxies',
    },
    (params) => compute.targetHttpProxies.aggregatedList(params, { retry: false }),
  );
}
