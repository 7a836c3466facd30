import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's regional forwarding rules with one aggregatedList. */
export function listForwardingRules(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$ForwardingRule>> {
  return aggregatedPages(
    ctx,
    {
      method: 'forwardingRules.aggregatedList',
      kind: 'compute#forwardingRuleAggregatedList',
      field: 'forwardingRules',
    },
    (params) => compute.forwardingRules.aggregatedList(params, { retry: false }),
  );
}
