import type { compute_v1 } from '@googleapis/compute';
import { requireIdentity } from '../identity.js';

/** Pure: an API target SSL proxy → its typed row; the backend service, certificates and policy stay URLs. */
export function convertTargetSslProxy(item: compute_v1.Schema$TargetSslProxy) {
  return {
    ...requireIdentity('target SSL proxy', item),
    location: 'global',
    creation_timestamp: item.creationTimestamp,
    service: item.service,
    ssl_certificates: item.sslCertificates ?? [],
    ssl_policy: item.sslPolicy,
    certificate_map: item.certificateMap,
    proxy_header: item.proxyHeader,
  };
}
