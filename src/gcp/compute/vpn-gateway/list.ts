import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's vpnGateways with one aggregatedList. */
export function listVpnGateways(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$VpnGateway>> {
  return aggregatedPages(
    ctx,
    { method: 'vpnGateways.aggregatedList', kind: 'compute#vpnGatewayAggregatedList', field: 'vpnGateways' },
    (params) => compute.vpnGateways.aggregatedList(params, { retry: false }),
  );
}
