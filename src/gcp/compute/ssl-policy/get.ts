import type { compute_v1 } from '@googleapis/compute';
import type { Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';
import { getGlobalOrRegional } from '../global-or-regional.js';

/** Gets one global or regional SSL policy by its stored location, or 'gone' on Google's 404. */
export function getSslPolicy(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$SslPolicy>> {
  const params = { project: ctx.projectId, sslPolicy: ref.name };
  return getGlobalOrRegional(
    ctx,
    ref,
    { collection: 'sslPolicies', kind: 'compute#sslPolicy' },
    {
      global: () => compute.sslPolicies.get(params, { retry: false }),
      regional: (region) => compute.regionSslPolicies.get({ ...params, region }, { retry: false }),
    },
  );
}
