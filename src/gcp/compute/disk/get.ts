import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one zonal or regional disk (told apart by its selfLink), or 'gone' on Google's 404. */
export function getDisk(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$Disk>> {
  const { projectId: project, api } = ctx;
  const disk = ref.name;
  if (ref.selfLink?.includes('/regions/')) {
    const path = `projects/${project}/regions/${ref.location}/disks/${disk}`;
    return getOrGone(api, { method: 'regionDisks.get', kind: 'compute#disk', path }, () =>
      compute.regionDisks.get({ project, region: ref.location, disk }, { retry: false }),
    );
  }
  const path = `projects/${project}/zones/${ref.location}/disks/${disk}`;
  return getOrGone(api, { method: 'disks.get', kind: 'compute#disk', path }, () =>
    compute.disks.get({ project, zone: ref.location, disk }, { retry: false }),
  );
}
