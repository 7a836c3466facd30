import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's global and regional health checks with one aggregatedList. */
export function listHealthChecks(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$HealthCheck>> {
  return aggregatedPages(
    ctx,
    {
      method: 'healthChecks.aggregatedList',
      kind: 'compute#healthChecksAggregatedList',
      field: 'healthChecks',
    },
    (params) => compute.healthChecks.aggregatedList(params, { retry: false }),
  );
}
