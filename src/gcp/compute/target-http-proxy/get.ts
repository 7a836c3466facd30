import type { compute_v1 } from '@googleapis/compute';
import type { Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';
import { getGlobalOrRegional } from '../global-or-regional.js';

/** Gets one global or regional target HTTP proxy by its stored location, or 'gone' on Google's 404. */
export function getTargetHttpProxy(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$TargetHttpProxy>> {
  const params = { project: ctx.projectId, targetHttpProxy: ref.name };
  return getGlobalOrRegional(
    ctx,
    ref,
    { collection: 'targetHttpProxies', kind: 'compute#targetHttpProxy' },
    {
      global: () => compute.targetHttpProxies.get(params, { retry: false }),
      regional: (region) => compute.regionTargetHttpProxies.get({ ...params, region }, { retry: false }),
    },
  );
}
