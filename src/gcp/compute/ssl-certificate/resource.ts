import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertSslCertificate } from './convert.js';
import { getSslCertificate } from './get.js';
import { listSslCertificates } from './list.js';

/** Compute Engine SSL certificates, global and regional (one aggregatedList holds both). */
export const sslCertificateResource: ComputeResource<compute_v1.Schema$SslCertificate> = {
  kind: 'gcp.compute.sslCertificate',
  plural: 'sslCertificates',
  activityName: 'IngestSslCertificates',
  table: 'gcp_compute_ssl_certificates',
  columns: {
    type: 'text',
    domains: 'text[]',
    managed_status: 'text',
    expire_time: 'timestamptz',
  },
  listColumns: ['type', 'domains', 'managed_status', 'expire_time'],
  list: listSslCertificates,
  get: getSslCertificate,
  convert: convertSslCertificate,
  identify: identifyBy('sslCertificate'),
};
