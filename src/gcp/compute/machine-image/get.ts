import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one machineImage by name, or 'gone' on Google's 404. */
export function getMachineImage(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$MachineImage>> {
  const { projectId: project, api } = ctx;
  const path = `projects/${project}/global/machineImages/${ref.name}`;
  return getOrGone(api, { method: 'machineImages.get', kind: 'compute#machineImage', path }, () =>
    compute.machineImages.get({ project, machineImage: ref.name }, { retry: false }),
  );
}
