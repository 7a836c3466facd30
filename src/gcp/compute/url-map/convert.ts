import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

type RouteAction = compute_v1.Schema$HttpRouteAction | undefined;
type ErrorPolicy = compute_v1.Schema$CustomErrorResponsePolicy | undefined;

/** The services a route action sends to: weighted (traffic split) backends and the request mirror. */
function actionServices(action: RouteAction): (string | null | undefined)[] {
  return [
    ...(action?.weightedBackendServices ?? []).map((w) => w.backendService),
    action?.requestMirrorPolicy?.backendService,
  ];
}

/** A rule's service, its route action's and its custom error service. */
function ruleServices(rule: {
  service?: string | null;
  routeAction?: compute_v1.Schema$HttpRouteAction;
  customErrorResponsePolicy?: compute_v1.Schema$CustomErrorResponsePolicy;
}): (string | null | undefined)[] {
  return [rule.service, ...actionServices(rule.routeAction), rule.customErrorResponsePolicy?.errorService];
}

const errorService = (policy: ErrorPolicy) => policy?.errorService;

/**
 * Pure: an API URL map (global or regional) → its typed row; `services` is every backend it can route to:
 * default services, path and route rules' services, traffic-split weighted backends, request mirrors and
 * custom error services, at every level.
 */
export function convertUrlMap(item: compute_v1.Schema$UrlMap) {
  const matchers = item.pathMatchers ?? [];
  const services = [
    item.defaultService,
    ...actionServices(item.defaultRouteAction),
    errorService(item.defaultCustomErrorResponsePolicy),
    ...matchers.flatMap((m) => [
      m.defaultService,
      ...actionServices(m.defaultRouteAction),
      errorService(m.defaultCustomErrorResponsePolicy),
      ...(m.pathRules ?? []).flatMap(ruleServices),
      ...(m.routeRules ?? []).flatMap(ruleServices),
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
