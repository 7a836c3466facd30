import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import { noRetry } from '../collection.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one zonal or regional instanceGroupManager (told apart by its selfLink), or 'gone' on Google's 404. */
export function getInstanceGroupManager(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$InstanceGroupManager>> {
  const { projectId: project, api } = ctx;
  if (ref.selfLink?.includes('/regions/')) {
    const path = `projects/${project}/regions/${ref.location}/instanceGroupManagers/${ref.name}`;
    return getOrGone(
      api,
      { method: 'regionInstanceGroupManagers.get', kind: 'compute#instanceGroupManager', path },
      () =>
        compute.regionInstanceGroupManagers.get(
          { project, region: ref.location, instanceGroupManager: ref.name },
          noRetry,
        ),
    );
  }
  const path = `projects/${project}/zones/${ref.location}/instanceGroupManagers/${ref.name}`;
  return getOrGone(
    api,
    { method: 'instanceGroupManagers.get', kind: 'compute#instanceGroupManager', path },
    () =>
      compute.instanceGroupManagers.get(
        { project, zone: ref.location, instanceGroupManager: ref.name },
        noRetry,
      ),
  );
}
