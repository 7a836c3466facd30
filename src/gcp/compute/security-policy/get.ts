import type { compute_v1 } from '@googleapis/compute';
import type { Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';
import { getGlobalOrRegional } from '../global-or-regional.js';

/** Gets one global or regional security policy by its stored location, or 'gone' on Google's 404. */
export function getSecurityPolicy(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$SecurityPolicy>> {
  const params = { project: ctx.projectId, securityPolicy: ref.name };
  return getGlobalOrRegional(
    ctx,
    ref,
    { collection: 'securityPolicies', kind: 'compute#securityPolicy' },
    {
      global: () => compute.securityPolicies.get(params, { retry: false }),
      regional: (region) => compute.regionSecurityPolicies.get({ ...params, region }, { retry: false }),
    },
  );
}
