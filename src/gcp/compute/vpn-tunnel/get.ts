import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one vpnTunnel by region and name, or 'gone' on Google's 404. */
export function getVpnTunnel(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$VpnTunnel>> {
  const { projectId: project, api } = ctx;
  const path = `projects/${project}/regions/${ref.location}/vpnTunnels/${ref.name}`;
  return getOrGone(api, { method: 'vpnTunnels.get', kind: 'compute#vpnTunnel', path }, () =>
    compute.vpnTunnels.get({ project, region: ref.location, vpnTunnel: ref.name }, { retry: false }),
  );
}
