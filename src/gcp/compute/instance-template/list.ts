import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import { noRetry } from '../collection.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's instanceTemplates with one aggregatedList. */
export function listInstanceTemplates(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$InstanceTemplate>> {
  return aggregatedPages(
    ctx,
    {
      method: 'instanceTemplates.aggregatedList',
      kind: 'compute#instanceTemplateAggregatedList',
      field: 'instanceTemplates',
    },
    (params) => compute.instanceTemplates.aggregatedList(params, noRetry),
  );
}
