import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API SSL certificate → its typed row (never the certificate or key material, only names and dates). */
export function convertSslCertificate(item: compute_v1.Schema$SslCertificate) {
  const domains = [...(item.managed?.domains ?? []), ...(item.subjectAlternativeNames ?? [])];
  return {
    ...requireIdentity('SSL certificate', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    type: item.type,
    domains: [...new Set(domains)],
    managed_status: item.managed?.status,
    expire_time: item.expireTime,
  };
}
