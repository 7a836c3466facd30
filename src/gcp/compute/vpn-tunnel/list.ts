import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's vpnTunnels with one aggregatedList. */
export function listVpnTunnels(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$VpnTunnel>> {
  return aggregatedPages(
    ctx,
    { method: 'vpnTunnels.aggregatedList', kind: 'compute#vpnTunnelAggregatedList', field: 'vpnTunnels' },
    (params) => compute.vpnTunnels.aggregatedList(params, { retry: false }),
  );
}
