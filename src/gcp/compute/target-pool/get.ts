import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one target pool by its region and name, or 'gone' on Google's 404. */
export function getTargetPool(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$TargetPool>> {
  const path = `projects/${ctx.projectId}/regions/${ref.location}/targetPools/${ref.name}`;
  return getOrGone(ctx.api, { method: 'targetPools.get', kind: 'compute#targetPool', path }, () =>
    compute.targetPools.get(
      { project: ctx.projectId, region: ref.location, targetPool: ref.name },
      { retry: false },
    ),
  );
}
