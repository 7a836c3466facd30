import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one image by name, or 'gone' on Google's 404. */
export function getImage(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$Image>> {
  const { projectId: project, api } = ctx;
  const path = `projects/${project}/global/images/${ref.name}`;
  return getOrGone(api, { method: 'images.get', kind: 'compute#image', path }, () =>
    compute.images.get({ project, image: ref.name }, { retry: false }),
  );
}
