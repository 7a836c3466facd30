import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one VPC network by name, or 'gone' on Google's 404. */
export function getNetwork(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$Network>> {
  const path = `projects/${ctx.projectId}/global/networks/${ref.name}`;
  return getOrGone(ctx.api, { method: 'networks.get', kind: 'compute#network', path }, () =>
    compute.networks.get({ project: ctx.projectId, network: ref.name }, { retry: false }),
  );
}
