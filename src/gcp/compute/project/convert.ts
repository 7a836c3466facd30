import type { compute_v1 } from '@googleapis/compute';
import { requireIdentity } from '../identity.js';

/** `TRUE`/`FALSE` (any case) of a metadata value as a boolean; anything else is null. */
function flag(value: string | null | undefined): boolean | null {
  const v = value?.trim().toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : null;
}

/** Pure: the API project (id = project number, name = project id) → its typed row at location 'global'. */
export function convertProject(item: compute_v1.Schema$Project) {
  const metadata = item.commonInstanceMetadata?.items ?? [];
  return {
    ...requireIdentity('project', item),
    location: 'global',
    creation_timestamp: item.creationTimestamp,
    default_service_account: item.defaultServiceAccount,
    xpn_project_status: item.xpnProjectStatus,
    default_network_tier: item.defaultNetworkTier,
    enable_oslogin: flag(metadata.find((m) => m.key === 'enable-oslogin')?.value),
    metadata_keys: metadata.map((m) => m.key).filter((k): k is string => !!k),
  };
}
