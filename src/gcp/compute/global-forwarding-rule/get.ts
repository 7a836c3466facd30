import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one global forwarding rule by name, or 'gone' on Google's 404. */
export function getGlobalForwardingRule(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$ForwardingRule>> {
  const path = `projects/${ctx.projectId}/global/forwardingRules/${ref.name}`;
  return getOrGone(
    ctx.api,
    { method: 'globalForwardingRules.get', kind: 'compute#forwardingRule', path },
    () =>
      compute.globalForwardingRules.get(
        { project: ctx.projectId, forwardingRule: ref.name },
        { retry: false },
      ),
  );
}
