import type { compute_v1 } from '@googleapis/compute';
import type { Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';
import { getGlobalOrRegional } from '../global-or-regional.js';

/** Gets one global or regional target HTTPS proxy by its stored location, or 'gone' on Google's 404. */
export function getTargetHttpsProxy(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$TargetHttpsProxy>> {
  const params = { project: ctx.projectId, targetHttpsProxy: ref.name };
  return getGlobalOrRegional(
    ctx,
    ref,
    { collection: 'targetHttpsProxies', kind: 'compute#targetHttpsProxy' },
    {
      global: () => compute.targetHttpsProxies.get(params, { retry: false }),
      regional: (region) => compute.regionTargetHttpsProxies.get({ ...params, region }, { retry: false }),
    },
  );
}
