import type { compute_v1 } from '@googleapis/compute';
import type { Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';
import { getGlobalOrRegional } from '../global-or-regional.js';

/** Gets one global or regional health check by its stored location, or 'gone' on Google's 404. */
export function getHealthCheck(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$HealthCheck>> {
  const params = { project: ctx.projectId, healthCheck: ref.name };
  return getGlobalOrRegional(
    ctx,
    ref,
    { collection: 'healthChecks', kind: 'compute#healthCheck' },
    {
      global: () => compute.healthChecks.get(params, { retry: false }),
      regional: (region) => compute.regionHealthChecks.get({ ...params, region }, { retry: false }),
    },
  );
}
