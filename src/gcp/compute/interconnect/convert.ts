import type { compute_v1 } from '@googleapis/compute';
import { requireIdentity } from '../identity.js';

/** Pure: an API interconnect → its typed row; its colocation facility is `interconnect_location` (a URL). */
export function convertInterconnect(item: compute_v1.Schema$Interconnect) {
  return {
    ...requireIdentity('interconnect', item),
    location: 'global',
    creation_timestamp: item.creationTimestamp,
    interconnect_type: item.interconnectType,
    link_type: item.linkType,
    interconnect_location: item.location,
    requested_link_count: item.requestedLinkCount,
    provisioned_link_count: item.provisionedLinkCount,
    operational_status: item.operationalStatus,
    state: item.state,
    admin_enabled: item.adminEnabled,
    customer_name: item.customerName,
    labels: item.labels ?? {},
  };
}
