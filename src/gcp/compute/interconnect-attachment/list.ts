import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's interconnectAttachments with one aggregatedList. */
export function listInterconnectAttachments(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$InterconnectAttachment>> {
  return aggregatedPages(
    ctx,
    {
      method: 'interconnectAttachments.aggregatedList',
      kind: 'compute#interconnectAttachmentAggregatedList',
      field: 'interconnectAttachments',
    },
    (params) => compute.interconnectAttachments.aggregatedList(params, { retry: false }),
  );
}
