import type { compute_v1 } from '@googleapis/compute';
import type { Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';
import { getGlobalOrRegional } from '../global-or-regional.js';

/** Gets one global or regional URL map by its stored location, or 'gone' on Google's 404. */
export function getUrlMap(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$UrlMap>> {
  const params = { project: ctx.projectId, urlMap: ref.name };
  return getGlobalOrRegional(
    ctx,
    ref,
    { collection: 'urlMaps', kind: 'compute#urlMap' },
    {
      global: () => compute.urlMaps.get(params, { retry: false }),
      regional: (region) => compute.regionUrlMaps.get({ ...params, region }, { retry: false }),
    },
  );
}
