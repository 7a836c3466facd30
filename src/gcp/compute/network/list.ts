import type { compute_v1 } from '@googleapis/compute';
import { listPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's VPC networks (a global resource: plain list). */
export function listNetworks(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$Network>> {
  return listPages(ctx, { method: 'networks.list', kind: 'compute#networkList' }, (params) =>
    compute.networks.list(params, { retry: false }),
  );
}
