import type { compute_v1 } from '@googleapis/compute';
import { listPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's snapshots (a global resource: plain list). */
export function listSnapshots(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$Snapshot>> {
  return listPages(ctx, { method: 'snapshots.list', kind: 'compute#snapshotList' }, (params) =>
    compute.snapshots.list(params, { retry: false }),
  );
}
