import type { compute_v1 } from '@googleapis/compute';
import type { Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';
import { getGlobalOrRegional } from '../global-or-regional.js';

/** Gets one global or regional backend service by its stored location, or 'gone' on Google's 404. */
export function getBackendService(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$BackendService>> {
  const params = { project: ctx.projectId, backendService: ref.name };
  return getGlobalOrRegional(
    ctx,
    ref,
    { collection: 'backendServices', kind: 'compute#backendService' },
    {
      global: () => compute.backendServices.get(params, { retry: false }),
      regional: (region) => compute.regionBackendServices.get({ ...params, region }, { retry: false }),
    },
  );
}
