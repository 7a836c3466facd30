import { S1_LOCATION } from '../paging.js';
import { s1Id } from '../s1-resource.js';
import type { S1Site } from '../types.js';

/** Pure: an API site → its typed row. */
export function convertSite(item: S1Site) {
  return {
    id: s1Id('s1.site', item),
    name: item.name ?? item.id,
    location: S1_LOCATION,
    creation_timestamp: item.createdAt,
    account_id: item.accountId,
    account_name: item.accountName,
    state: item.state,
    site_type: item.siteType,
    suite: item.suite,
    is_default: item.isDefault,
    active_licenses: item.activeLicenses,
    total_licenses: item.totalLicenses,
  };
}
