import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API SSL policy (global or regional) → its typed row. */
export function convertSslPolicy(item: compute_v1.Schema$SslPolicy) {
  return {
    ...requireIdentity('SSL policy', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    profile: item.profile,
    min_tls_version: item.minTlsVersion,
    enabled_features: item.enabledFeatures ?? [],
    custom_features: item.customFeatures ?? [],
  };
}
