import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's global and regional target HTTPS proxies with one aggregatedList. */
export function listTargetHttpsProxies(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$TargetHttpsProxy>> {
  return aggregatedPages(
    ctx,
    {
      method: 'targetHttpsProxies.aggregatedList',
      kind: 'compute#targetHttpsProxyAggregatedList',
      field: 'targetHttpsProxies',
    },
    (params) => compute.targetHttpsProxies.aggregatedList(params, { retry: false }),
  );
}
