import type { compute_v1 } from '@googleapis/compute';

/**
 * The load-balancing and edge-security types, declared as data like every served type. Google lists the
 * global and regional resources of most of them in one aggregatedList (a `global` scope beside the regions),
 * and serves the regional ones through a `region…` collection; forwarding rules are the exception: the global
 * ones are a collection of their own (`globalForwardingRules`), which the aggregatedList also holds under `global`;
 * target SSL proxies are global only (no aggregatedList).
 */
export const loadBalancingTypes = {
  forwardingRules: {
    scope: 'region',
    path: 'forwardingRules',
    kind: 'compute#forwardingRule',
    aggregated: true,
    globalTwin: 'globalForwardingRules',
  },
  globalForwardingRules: {
    scope: 'global',
    path: 'forwardingRules',
    kind: 'compute#forwardingRule',
    aggregated: false,
  },
  backendServices: {
    scope: 'region',
    path: 'backendServices',
    kind: 'compute#backendService',
    aggregated: true,
    regionalCollection: 'regionBackendServices',
    alsoGlobal: true,
  },
  targetPools: { scope: 'region', path: 'targetPools', kind: 'compute#targetPool', aggregated: true },
  healthChecks: {
    scope: 'region',
    path: 'healthChecks',
    kind: 'compute#healthCheck',
    aggregated: true,
    regionalCollection: 'regionHealthChecks',
    alsoGlobal: true,
    aggregatedListKind: 'compute#healthChecksAggregatedList',
  },
  urlMaps: {
    scope: 'region',
    path: 'urlMaps',
    kind: 'compute#urlMap',
    aggregated: true,
    regionalCollection: 'regionUrlMaps',
    alsoGlobal: true,
    aggregatedListKind: 'compute#urlMapsAggregatedList',
  },
  targetHttpProxies: {
    scope: 'region',
    path: 'targetHttpProxies',
    kind: 'compute#targetHttpProxy',
    aggregated: true,
    regionalCollection: 'regionTargetHttpProxies',
    alsoGlobal: true,
  },
  targetHttpsProxies: {
    scope: 'region',
    path: 'targetHttpsProxies',
    kind: 'compute#targetHttpsProxy',
    aggregated: true,
    regionalCollection: 'regionTargetHttpsProxies',
    alsoGlobal: true,
  },
  sslCertificates: {
    scope: 'region',
    path: 'sslCertificates',
    kind: 'compute#sslCertificate',
    aggregated: true,
    regionalCollection: 'regionSslCertificates',
    alsoGlobal: true,
  },
  sslPolicies: {
    scope: 'region',
    path: 'sslPolicies',
    kind: 'compute#sslPolicy',
    aggregated: true,
    regionalCollection: 'regionSslPolicies',
    alsoGlobal: true,
    listKind: 'compute#sslPoliciesList',
  },
  securityPolicies: {
    scope: 'region',
    path: 'securityPolicies',
    kind: 'compute#securityPolicy',
    aggregated: true,
    regionalCollection: 'regionSecurityPolicies',
    alsoGlobal: true,
  },
  networkEndpointGroups: {
    scope: 'zone',
    path: 'networkEndpointGroups',
    kind: 'compute#networkEndpointGroup',
    aggregated: true,
  },
  targetInstances: {
    scope: 'zone',
    path: 'targetInstances',
    kind: 'compute#targetInstance',
    aggregated: true,
  },
  targetSslProxies: {
    scope: 'global',
    path: 'targetSslProxies',
    kind: 'compute#targetSslProxy',
    aggregated: false,
  },
  targetTcpProxies: {
    scope: 'region',
    path: 'targetTcpProxies',
    kind: 'compute#targetTcpProxy',
    aggregated: true,
    regionalCollection: 'regionTargetTcpProxies',
    alsoGlobal: true,
  },
} as const;

/** A load-balancing resource type name. */
export type LoadBalancingType = keyof typeof loadBalancingTypes;

/** The load-balancing types in a stable order. */
export const allLoadBalancingTypes = Object.keys(loadBalancingTypes) as LoadBalancingType[];

/** The ground truth's load-balancing resources, typed as the API renders them. */
export interface LoadBalancingResources {
  forwardingRules: compute_v1.Schema$ForwardingRule[];
  globalForwardingRules: compute_v1.Schema$ForwardingRule[];
  backendServices: compute_v1.Schema$BackendService[];
  targetPools: compute_v1.Schema$TargetPool[];
  healthChecks: compute_v1.Schema$HealthCheck[];
  urlMaps: compute_v1.Schema$UrlMap[];
  targetHttpProxies: compute_v1.Schema$TargetHttpProxy[];
  targetHttpsProxies: compute_v1.Schema$TargetHttpsProxy[];
  sslCertificates: compute_v1.Schema$SslCertificate[];
  sslPolicies: compute_v1.Schema$SslPolicy[];
  securityPolicies: compute_v1.Schema$SecurityPolicy[];
  networkEndpointGroups: compute_v1.Schema$NetworkEndpointGroup[];
  targetInstances: compute_v1.Schema$TargetInstance[];
  targetSslProxies: compute_v1.Schema$TargetSslProxy[];
  targetTcpProxies: compute_v1.Schema$TargetTcpProxy[];
}
