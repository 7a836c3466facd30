import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Pure: an API URL map (global or regional) → its typed row; `services` is every backend it can route to. */
export function convertUrlMap(item: compute_v1.Schema$UrlMap) {
  const matchers = item.pathMatchers ?? [];
  const services = [
    item.defaultService,
    ...matchers.flatMap((m) => [
      m.defaultService,
      ...(m.pathRules ?? []).map((r) => r.service),
      ...(m.routeRules ?? []).map((r) => r.service),
    ]),
  ];
  return {
    ...requireIdentity('URL map', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    default_service: item.defaultService,
    services: [...new Set(services.filter((s): s is string => !!s))],
    hosts: [...new Set((item.hostRules ?? []).flatMap((h) => h.hosts ?? []))],
  };
}
