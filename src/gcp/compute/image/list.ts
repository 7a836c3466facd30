import type { compute_v1 } from '@googleapis/compute';
import { listPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's images (a global resource: plain list). */
export function listImages(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$Image>> {
  return listPages(ctx, { method: 'images.list', kind: 'compute#imageList' }, (params) =>
    compute.images.list(params, { retry: false }),
  );
}
