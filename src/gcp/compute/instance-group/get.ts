import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import { noRetry } from '../collection.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one zonal or regional instance group (told apart by its selfLink), or 'gone' on Google's 404. */
export function getInstanceGroup(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$InstanceGroup>> {
  const { projectId: project, api } = ctx;
  const instanceGroup = ref.name;
  const kind = 'compute#instanceGroup';
  if (ref.selfLink?.includes('/regions/')) {
    const path = `projects/${project}/regions/${ref.location}/instanceGroups/${instanceGroup}`;
    return getOrGone(api, { method: 'regionInstanceGroups.get', kind, path }, () =>
      compute.regionInstanceGroups.get({ project, region: ref.location, instanceGroup }, noRetry),
    );
  }
  const path = `projects/${project}/zones/${ref.location}/instanceGroups/${instanceGroup}`;
  return getOrGone(api, { method: 'instanceGroups.get', kind, path }, () =>
    compute.instanceGroups.get({ project, zone: ref.location, instanceGroup }, noRetry),
  );
}
