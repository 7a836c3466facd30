import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's global and regional SSL policies with one aggregatedList. */
export function listSslPolicies(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$SslPolicy>> {
  return aggregatedPages(
    ctx,
    { method: 'sslPolicies.aggregatedList', kind: 'compute#sslPolicyAggregatedList', field: 'sslPolicies' },
    (params) => compute.sslPolicies.aggregatedList(params, { retry: false }),
  );
}
