import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API backend service (global or regional) → its typed row; groups and health checks stay URLs. */
export function convertBackendService(item: compute_v1.Schema$BackendService) {
  return {
    ...requireIdentity('backend service', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    load_balancing_scheme: item.loadBalancingScheme,
    protocol: item.protocol,
    port_name: item.portName,
    backend_groups: (item.backends ?? []).map((b) => b.group).filter((g): g is string => !!g),
    health_checks: item.healthChecks ?? [],
    security_policy: item.securityPolicy,
    network: lastSegment(item.network),
    session_affinity: item.sessionAffinity,
    enable_cdn: item.enableCDN,
    timeout_sec: item.timeoutSec,
  };
}
