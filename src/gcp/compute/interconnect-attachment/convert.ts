import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API interconnect (VLAN) attachment → its typed row. */
export function convertInterconnectAttachment(item: compute_v1.Schema$InterconnectAttachment) {
  return {
    ...requireIdentity('interconnect attachment', item),
    location: lastSegment(item.region) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    attachment_type: item.type,
    state: item.state,
    operational_status: item.operationalStatus,
    router: lastSegment(item.router),
    interconnect: lastSegment(item.interconnect),
    bandwidth: item.bandwidth,
    vlan_tag: item.vlanTag8021q,
    edge_availability_domain: item.edgeAvailabilityDomain,
    cloud_router_ip: item.cloudRouterIpAddress,
    customer_router_ip: item.customerRouterIpAddress,
    admin_enabled: item.adminEnabled,
    labels: item.labels ?? {},
  };
}
