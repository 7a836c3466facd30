import type { compute_v1 } from '@googleapis/compute';
import { noRetry } from '../collection.js';
import { globalAndRegionalCollection } from '../global-or-regional.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertSslCertificate } from './convert.js';

/** Compute Engine SSL certificates, global and regional (one aggregatedList holds both). */
export const sslCertificateResource: ComputeResource<compute_v1.Schema$SslCertificate> = {
  ...computeKind('sslCertificates'),
  columns: {
    type: 'text',
    domains: 'text[]',
    managed_status: 'text',
    expire_time: { type: 'timestamptz', index: 'btree' },
  },
  listColumns: ['type', 'domains', 'managed_status', 'expire_time'],
  ...globalAndRegionalCollection<compute_v1.Schema$SslCertificate>({
    collection: 'sslCertificates',
    itemKind: 'compute#sslCertificate',
    aggregatedList: (c, params) => c.sslCertificates.aggregatedList(params, noRetry),
    get: (c, at) => c.sslCertificates.get({ project: at.project, sslCertificate: at.name }, noRetry),
    regionalGet: (c, at) =>
      c.regionSslCertificates.get(
        { project: at.project, region: at.location, sslCertificate: at.name },
        noRetry,
      ),
  }),
  convert: convertSslCertificate,
  identify: identifyBy('SSL certificate'),
};
