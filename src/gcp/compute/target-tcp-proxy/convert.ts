import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API target TCP proxy (global or regional) → its typed row; the backend service stays a URL. */
export function convertTargetTcpProxy(item: compute_v1.Schema$TargetTcpProxy) {
  return {
    ...requireIdentity('target TCP proxy', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    service: item.service,
    proxy_header: item.proxyHeader,
    proxy_bind: item.proxyBind,
  };
}
