import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one vpnGateway by region and name, or 'gone' on Google's 404. */
export function getVpnGateway(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$VpnGateway>> {
  const { projectId: project, api } = ctx;
  const path = `projects/${project}/regions/${ref.location}/vpnGateways/${ref.name}`;
  return getOrGone(api, { method: 'vpnGateways.get', kind: 'compute#vpnGateway', path }, () =>
    compute.vpnGateways.get({ project, region: ref.location, vpnGateway: ref.name }, { retry: false }),
  );
}
