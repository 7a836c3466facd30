import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ListContext } from '../../../ingest/resource.js';

/** Pages a project's zonal and regional disks with one aggregatedList. */
export function listDisks(
  compute: compute_v1.Compute,
  ctx: ListContext,
): AsyncIterable<ListPage<compute_v1.Schema$Disk>> {
  return aggregatedPages<compute_v1.Schema$Disk>(
    (pageToken) =>
      ctx.api.call(`disks.aggregatedList ${ctx.projectId}`, () =>
        compute.disks.aggregatedList(
          { project: ctx.projectId, maxResults: ctx.pageSize, pageToken, returnPartialSuccess: true },
          { retry: false },
        ),
      ),
    'disks',
  );
}
