import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API target HTTP proxy (global or regional) → its typed row; `url_map` stays a URL. */
export function convertTargetHttpProxy(item: compute_v1.Schema$TargetHttpProxy) {
  return {
    ...requireIdentity('target HTTP proxy', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    url_map: item.urlMap,
  };
}
