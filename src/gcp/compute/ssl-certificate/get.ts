import type { compute_v1 } from '@googleapis/compute';
import type { Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';
import { getGlobalOrRegional } from '../global-or-regional.js';

/** Gets one global or regional SSL certificate by its stored location, or 'gone' on Google's 404. */
export function getSslCertificate(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$SslCertificate>> {
  const params = { project: ctx.projectId, sslCertificate: ref.name };
  return getGlobalOrRegional(
    ctx,
    ref,
    { collection: 'sslCertificates', kind: 'compute#sslCertificate' },
    {
      global: () => compute.sslCertificates.get(params, { retry: false }),
      regional: (region) => compute.regionSslCertificates.get({ ...params, region }, { retry: false }),
    },
  );
}
