import { S1_LOCATION } from '../paging.js';
import { s1Id } from '../s1-resource.js';
import type { S1Group } from '../types.js';

/** Pure: an API group → its typed row. */
export function convertGroup(item: S1Group) {
  return {
    id: s1Id('s1.group', item),
    name: item.name ?? item.id,
    location: S1_LOCATION,
    creation_timestamp: item.createdAt,
    site_id: item.siteId,
    type: item.type,
    is_default: item.isDefault,
    inherits: item.inherits,
    rank: item.rank,
    total_agents: item.totalAgents,
  };
}
