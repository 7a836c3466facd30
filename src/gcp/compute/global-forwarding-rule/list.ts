import type { compute_v1 } from '@googleapis/compute';
import { listPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's global forwarding rules (a global collection: plain list). */
export function listGlobalForwardingRules(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$ForwardingRule>> {
  return listPages(
    ctx,
    { method: 'globalForwardingRules.list', kind: 'compute#forwardingRuleList' },
    (params) => compute.globalForwardingRules.list(params, { retry: false }),
  );
}
