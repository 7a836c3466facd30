import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API target HTTPS proxy (global or regional) → its typed row; references stay URLs. */
export function convertTargetHttpsProxy(item: compute_v1.Schema$TargetHttpsProxy) {
  return {
    ...requireIdentity('target HTTPS proxy', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    url_map: item.urlMap,
    ssl_certificates: item.sslCertificates ?? [],
    ssl_policy: item.sslPolicy,
    quic_override: item.quicOverride,
  };
}
