import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API forwarding rule (regional or global) → its typed row; `target`, `backend_service` stay URLs. */
export function convertForwardingRule(item: compute_v1.Schema$ForwardingRule) {
  return {
    ...requireIdentity('forwarding rule', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    ip_address: item.IPAddress,
    ip_protocol: item.IPProtocol,
    port_range: item.portRange,
    ports: item.ports ?? [],
    all_ports: item.allPorts,
    load_balancing_scheme: item.loadBalancingScheme,
    target: item.target,
    backend_service: item.backendService,
    network: lastSegment(item.network),
    subnetwork: lastSegment(item.subnetwork),
    network_tier: item.networkTier,
    labels: item.labels ?? {},
  };
}
