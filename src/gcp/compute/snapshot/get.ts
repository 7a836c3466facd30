import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one snapshot by name, or 'gone' on Google's 404. */
export function getSnapshot(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$Snapshot>> {
  const { projectId: project, api } = ctx;
  const path = `projects/${project}/global/snapshots/${ref.name}`;
  return getOrGone(api, { method: 'snapshots.get', kind: 'compute#snapshot', path }, () =>
    compute.snapshots.get({ project, snapshot: ref.name }, { retry: false }),
  );
}
