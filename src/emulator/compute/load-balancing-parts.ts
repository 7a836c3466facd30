import type { compute_v1 } from '@googleapis/compute';
import { baseFields, type ProjectContext } from './generate-network.js';
import { projectUrl, regionUrl, zoneUrl } from './urls.js';
import { randomLabels } from './values.js';

/** Where a load-balancing resource lives: a region name, or undefined for a global one. */
export type LbRegion = string | undefined;

/** The URL of a global or regional load-balancing resource. */
function lbUrl(ctx: ProjectContext, region: LbRegion, collection: string, name: string): string {
  return `${region ? regionUrl(ctx.project, region) : `${projectUrl(ctx.project)}/global`}/${collection}/${name}`;
}

/** Common fields of a global or regional load-balancing resource (`region` set only for regional ones). */
export function lbBase(
  ctx: ProjectContext,
  kind: string,
  region: LbRegion,
  collection: string,
  name: string,
) {
  return {
    ...baseFields(ctx, kind, name, lbUrl(ctx, region, collection, name)),
    description: '',
    ...(region ? { region: regionUrl(ctx.project, region) } : {}),
  };
}

/** An HTTP health check on port 80, or a TCP one on `tcpPort` (passthrough load balancers). */
export function makeHealthCheck(
  ctx: ProjectContext,
  region: LbRegion,
  name: string,
  tcpPort?: number,
): compute_v1.Schema$HealthCheck {
  const timing = { checkIntervalSec: 5, timeoutSec: 5, healthyThreshold: 2, unhealthyThreshold: 2 };
  const probe =
    tcpPort === undefined
      ? {
          type: 'HTTP',
          httpHealthCheck: {
            port: 80,
            requestPath: '/healthz',
            proxyHeader: 'NONE',
            portSpecification: 'USE_FIXED_PORT',
          },
        }
      : {
          type: 'TCP',
          tcpHealthCheck: { port: tcpPort, proxyHeader: 'NONE', portSpecification: 'USE_FIXED_PORT' },
        };
  return {
    ...lbBase(ctx, 'compute#healthCheck', region, 'healthChecks', name),
    ...timing,
    ...probe,
    logConfig: { enable: ctx.prng.chance(0.3) },
  };
}

/** A backend service over instance groups or NEGs; `scheme` decides protocol and balancing mode. */
export function makeBackendService(
  ctx: ProjectContext,
  region: LbRegion,
  name: string,
  spec: {
    scheme: 'EXTERNAL_MANAGED' | 'INTERNAL' | 'INTERNAL_MANAGED';
    groups: string[];
    healthCheck: string;
    network?: string;
    securityPolicy?: string;
    endpoints?: boolean;
  },
): compute_v1.Schema$BackendService {
  const passthrough = spec.scheme === 'INTERNAL';
  const backends = spec.groups.map((group) =>
    spec.endpoints
      ? { group, balancingMode: 'RATE', maxRatePerEndpoint: 100, capacityScaler: 1 }
      : passthrough
        ? { group, balancingMode: 'CONNECTION', capacityScaler: 1 }
        : { group, balancingMode: 'UTILIZATION', maxUtilization: 0.8, capacityScaler: 1 },
  );
  return {
    ...lbBase(ctx, 'compute#backendService', region, 'backendServices', name),
    backends,
    healthChecks: [spec.healthCheck],
    timeoutSec: 30,
    protocol: passthrough ? 'TCP' : 'HTTP',
    ...(passthrough ? { network: spec.network } : { port: 80, portName: 'http' }),
    loadBalancingScheme: spec.scheme,
    sessionAffinity: 'NONE',
    connectionDraining: { drainingTimeoutSec: 300 },
    ...(spec.securityPolicy ? { securityPolicy: spec.securityPolicy } : {}),
    logConfig: { enable: ctx.prng.chance(0.5), sampleRate: 1 },
    fingerprint: ctx.prng.base64(),
  };
}

/** A URL map sending `/api/*` to `api` (when given) and everything else to `service`. */
export function makeUrlMap(
  ctx: ProjectContext,
  region: LbRegion,
  name: string,
  service: string,
  api?: string,
): compute_v1.Schema$UrlMap {
  return {
    ...lbBase(ctx, 'compute#urlMap', region, 'urlMaps', name),
    defaultService: service,
    hostRules: [{ hosts: ['*'], pathMatcher: 'paths' }],
    pathMatchers: [
      {
        name: 'paths',
        defaultService: service,
        pathRules: api ? [{ paths: ['/api/*'], service: api }] : [],
      },
    ],
    fingerprint: ctx.prng.base64(),
  };
}

/** A forwarding rule; `to` is its `target` (pool or proxy URL) or its `backendService`. */
export function makeForwardingRule(
  ctx: ProjectContext,
  region: LbRegion,
  name: string,
  spec: {
    scheme: 'EXTERNAL' | 'EXTERNAL_MANAGED' | 'INTERNAL' | 'INTERNAL_MANAGED';
    ip: string;
    to: { target: string } | { backendService: string };
    ports: { portRange: string } | { ports: string[] };
    network?: { network: string; subnetwork?: string };
  },
): compute_v1.Schema$ForwardingRule {
  const { prng } = ctx;
  return {
    ...lbBase(ctx, 'compute#forwardingRule', region, 'forwardingRules', name),
    IPAddress: spec.ip,
    IPProtocol: 'TCP',
    ...spec.ports,
    ...spec.to,
    loadBalancingScheme: spec.scheme,
    ...(spec.network ?? {}),
    networkTier: 'PREMIUM',
    ...(region ? {} : { ipVersion: 'IPV4' }),
    labels: randomLabels(prng),
    labelFingerprint: prng.base64(),
    fingerprint: prng.base64(),
  };
}

/** A target pool of instances (external passthrough network load balancer). */
export function makeTargetPool(
  ctx: ProjectContext,
  region: string,
  name: string,
  instances: string[],
): compute_v1.Schema$TargetPool {
  return {
    ...lbBase(ctx, 'compute#targetPool', region, 'targetPools', name),
    instances,
    sessionAffinity: ctx.prng.pick(['NONE', 'CLIENT_IP']),
  };
}

/** A zonal network endpoint group of VM IP:port endpoints. */
export function makeNetworkEndpointGroup(
  ctx: ProjectContext,
  zone: string,
  name: string,
  target: { network: string; subnetwork?: string },
): compute_v1.Schema$NetworkEndpointGroup {
  return {
    ...baseFields(
      ctx,
      'compute#networkEndpointGroup',
      name,
      `${zoneUrl(ctx.project, zone)}/networkEndpointGroups/${name}`,
    ),
    description: '',
    zone: zoneUrl(ctx.project, zone),
    networkEndpointType: 'GCE_VM_IP_PORT',
    network: target.network,
    ...(target.subnetwork ? { subnetwork: target.subnetwork } : {}),
    defaultPort: 8080,
    size: 0,
  };
}
