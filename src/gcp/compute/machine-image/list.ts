import type { compute_v1 } from '@googleapis/compute';
import { listPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's machineImages (a global resource: plain list). */
export function listMachineImages(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$MachineImage>> {
  return listPages(ctx, { method: 'machineImages.list', kind: 'compute#machineImageList' }, (params) =>
    compute.machineImages.list(params, { retry: false }),
  );
}
