import type { LoadBalancingType } from '../load-balancing-types.js';
import { lastSegment } from '../urls.js';
import type { TypeAccess } from './compute-pager.js';

type Item = { name?: string | null; zone?: string | null; region?: string | null };
const n = (i: Item) => i.name ?? '';
const r = (i: Item) => lastSegment(i.region ?? '');
const z = (i: Item) => lastSegment(i.zone ?? '');

/** Per load-balancing type: the official client's list and get calls (global or regional get by `region`). */
export const loadBalancingAccess: Record<LoadBalancingType, TypeAccess> = {
  forwardingRules: {
    listMessage: 'ForwardingRuleAggregatedList',
    itemMessage: 'ForwardingRule',
    aggregated: true,
    list: (c, p) => c.forwardingRules.aggregatedList(p),
    get: (c, project, i) => c.forwardingRules.get({ project, region: r(i), forwardingRule: n(i) }),
  },
  globalForwardingRules: {
    listMessage: 'ForwardingRuleList',
    itemMessage: 'ForwardingRule',
    aggregated: false,
    list: (c, p) => c.globalForwardingRules.list(p),
    get: (c, project, i) => c.globalForwardingRules.get({ project, forwardingRule: n(i) }),
  },
  backendServices: {
    listMessage: 'BackendServiceAggregatedList',
    itemMessage: 'BackendService',
    aggregated: true,
    list: (c, p) => c.backendServices.aggregatedList(p),
    get: (c, project, i) =>
      i.region
        ? c.regionBackendServices.get({ project, region: r(i), backendService: n(i) })
        : c.backendServices.get({ project, backendService: n(i) }),
  },
  targetPools: {
    listMessage: 'TargetPoolAggregatedList',
    itemMessage: 'TargetPool',
    aggregated: true,
    list: (c, p) => c.targetPools.aggregatedList(p),
    get: (c, project, i) => c.targetPools.get({ project, region: r(i), targetPool: n(i) }),
  },
  healthChecks: {
    listMessage: 'HealthChecksAggregatedList',
    itemMessage: 'HealthCheck',
    aggregated: true,
    list: (c, p) => c.healthChecks.aggregatedList(p),
    get: (c, project, i) =>
      i.region
        ? c.regionHealthChecks.get({ project, region: r(i), healthCheck: n(i) })
        : c.healthChecks.get({ project, healthCheck: n(i) }),
  },
  urlMaps: {
    listMessage: 'UrlMapsAggregatedList',
    itemMessage: 'UrlMap',
    aggregated: true,
    list: (c, p) => c.urlMaps.aggregatedList(p),
    get: (c, project, i) =>
      i.region
        ? c.regionUrlMaps.get({ project, region: r(i), urlMap: n(i) })
        : c.urlMaps.get({ project, urlMap: n(i) }),
  },
  targetHttpProxies: {
    listMessage: 'TargetHttpProxyAggregatedList',
    itemMessage: 'TargetHttpProxy',
    aggregated: true,
    list: (c, p) => c.targetHttpProxies.aggregatedList(p),
    get: (c, project, i) =>
      i.region
        ? c.regionTargetHttpProxies.get({ project, region: r(i), targetHttpProxy: n(i) })
        : c.targetHttpProxies.get({ project, targetHttpProxy: n(i) }),
  },
  targetHttpsProxies: {
    listMessage: 'TargetHttpsProxyAggregatedList',
    itemMessage: 'TargetHttpsProxy',
    aggregated: true,
    list: (c, p) => c.targetHttpsProxies.aggregatedList(p),
    get: (c, project, i) =>
      i.region
        ? c.regionTargetHttpsProxies.get({ project, region: r(i), targetHttpsProxy: n(i) })
        : c.targetHttpsProxies.get({ project, targetHttpsProxy: n(i) }),
  },
  sslCertificates: {
    listMessage: 'SslCertificateAggregatedList',
    itemMessage: 'SslCertificate',
    aggregated: true,
    list: (c, p) => c.sslCertificates.aggregatedList(p),
    get: (c, project, i) =>
      i.region
        ? c.regionSslCertificates.get({ project, region: r(i), sslCertificate: n(i) })
        : c.sslCertificates.get({ project, sslCertificate: n(i) }),
  },
  sslPolicies: {
    listMessage: 'SslPoliciesAggregatedList',
    itemMessage: 'SslPolicy',
    aggregated: true,
    list: (c, p) => c.sslPolicies.aggregatedList(p),
    get: (c, project, i) =>
      i.region
        ? c.regionSslPolicies.get({ project, region: r(i), sslPolicy: n(i) })
        : c.sslPolicies.get({ project, sslPolicy: n(i) }),
  },
  securityPolicies: {
    listMessage: 'SecurityPoliciesAggregatedList',
    itemMessage: 'SecurityPolicy',
    aggregated: true,
    list: (c, p) => c.securityPolicies.aggregatedList(p),
    get: (c, project, i) =>
      i.region
        ? c.regionSecurityPolicies.get({ project, region: r(i), securityPolicy: n(i) })
        : c.securityPolicies.get({ project, securityPolicy: n(i) }),
  },
  networkEndpointGroups: {
    listMessage: 'NetworkEndpointGroupAggregatedList',
    itemMessage: 'NetworkEndpointGroup',
    aggregated: true,
    list: (c, p) => c.networkEndpointGroups.aggregatedList(p),
    get: (c, project, i) => c.networkEndpointGroups.get({ project, zone: z(i), networkEndpointGroup: n(i) }),
  },
  targetInstances: {
    listMessage: 'TargetInstanceAggregatedList',
    itemMessage: 'TargetInstance',
    aggregated: true,
    list: (c, p) => c.targetInstances.aggregatedList(p),
    get: (c, project, i) => c.targetInstances.get({ project, zone: z(i), targetInstance: n(i) }),
  },
  targetSslProxies: {
    listMessage: 'TargetSslProxyList',
    itemMessage: 'TargetSslProxy',
    aggregated: false,
    list: (c, p) => c.targetSslProxies.list(p),
    get: (c, project, i) => c.targetSslProxies.get({ project, targetSslProxy: n(i) }),
  },
  targetTcpProxies: {
    listMessage: 'TargetTcpProxyAggregatedList',
    itemMessage: 'TargetTcpProxy',
    aggregated: true,
    list: (c, p) => c.targetTcpProxies.aggregatedList(p),
    get: (c, project, i) =>
      i.region
        ? c.regionTargetTcpProxies.get({ project, region: r(i), targetTcpProxy: n(i) })
        : c.targetTcpProxies.get({ project, targetTcpProxy: n(i) }),
  },
};
