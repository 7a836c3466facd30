import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API address (regional or global) → its typed row. */
export function convertAddress(item: compute_v1.Schema$Address) {
  return {
    ...requireIdentity('address', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    address: item.address,
    address_type: item.addressType,
    status: item.status,
    purpose: item.purpose,
    network_tier: item.networkTier,
    ip_version: item.ipVersion,
    network: lastSegment(item.network),
    subnetwork: lastSegment(item.subnetwork),
    users: item.users ?? [],
    labels: item.labels ?? {},
  };
}

/** The typed columns of both address resources. */
export const addressColumns = {
  address: 'text',
  address_type: 'text',
  status: 'text',
  purpose: 'text',
  network_tier: 'text',
  ip_version: 'text',
  network: 'text',
  subnetwork: 'text',
  users: 'text[]',
  labels: 'jsonb',
} as const;
