import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API health check (global or regional) → its typed row; `port` and `request_path` from its probe. */
export function convertHealthCheck(item: compute_v1.Schema$HealthCheck) {
  const probe =
    item.httpHealthCheck ??
    item.httpsHealthCheck ??
    item.http2HealthCheck ??
    item.tcpHealthCheck ??
    item.sslHealthCheck ??
    item.grpcHealthCheck;
  const path = item.httpHealthCheck ?? item.httpsHealthCheck ?? item.http2HealthCheck;
  return {
    ...requireIdentity('health check', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    type: item.type,
    port: probe?.port,
    request_path: path?.requestPath,
    check_interval_sec: item.checkIntervalSec,
    timeout_sec: item.timeoutSec,
    healthy_threshold: item.healthyThreshold,
    unhealthy_threshold: item.unhealthyThreshold,
  };
}
