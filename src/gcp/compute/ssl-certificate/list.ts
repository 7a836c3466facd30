import type { compute_v1 } from '@googleapis/compute';
import { aggregatedPages, type ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';

/** Pages a project's global and regional SSL certificates with one aggregatedList. */
export function listSslCertificates(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$SslCertificate>> {
  return aggregatedPages(
    ctx,
    {
      method: 'sslCertificates.aggregatedList',
      kind: 'compute#sslCertificateAggregatedList',
      field: 'sslCertificates',
    },
    (params) => compute.sslCertificates.aggregatedList(params, { retry: false }),
  );
}
