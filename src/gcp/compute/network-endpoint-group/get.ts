import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one network endpoint group by its zone and name, or 'gone' on Google's 404. */
export function getNetworkEndpointGroup(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$NetworkEndpointGroup>> {
  const path = `projects/${ctx.projectId}/zones/${ref.location}/networkEndpointGroups/${ref.name}`;
  return getOrGone(
    ctx.api,
    { method: 'networkEndpointGroups.get', kind: 'compute#networkEndpointGroup', path },
    () =>
      compute.networkEndpointGroups.get(
        { project: ctx.projectId, zone: ref.location, networkEndpointGroup: ref.name },
        { retry: false },
      ),
  );
}
