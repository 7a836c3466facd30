import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one regional forwarding rule by its region and name, or 'gone' on Google's 404. */
export function getForwardingRule(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$ForwardingRule>> {
  const path = `projects/${ctx.projectId}/regions/${ref.location}/forwardingRules/${ref.name}`;
  return getOrGone(ctx.api, { method: 'forwardingRules.get', kind: 'compute#forwardingRule', path }, () =>
    compute.forwardingRules.get(
      { project: ctx.projectId, region: ref.location, forwardingRule: ref.name },
      { retry: false },
    ),
  );
}
