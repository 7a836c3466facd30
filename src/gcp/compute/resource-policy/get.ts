import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one resourcePolicy by region and name, or 'gone' on Google's 404. */
export function getResourcePolicy(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$ResourcePolicy>> {
  const { projectId: project, api } = ctx;
  const path = `projects/${project}/regions/${ref.location}/resourcePolicies/${ref.name}`;
  return getOrGone(api, { method: 'resourcePolicies.get', kind: 'compute#resourcePolicy', path }, () =>
    compute.resourcePolicies.get(
      { project, region: ref.location, resourcePolicy: ref.name },
      { retry: false },
    ),
  );
}
