import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one instance by its zone and name, or 'gone' on Google's 404. */
export function getInstance(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$Instance>> {
  const path = `projects/${ctx.projectId}/zones/${ref.location}/instances/${ref.name}`;
  return getOrGone(ctx.api, { method: 'instances.get', kind: 'compute#instance', path }, () =>
    compute.instances.get(
      { project: ctx.projectId, zone: ref.location, instance: ref.name },
      { retry: false },
    ),
  );
}
