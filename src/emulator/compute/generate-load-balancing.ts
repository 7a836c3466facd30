import type { ProjectContext, NetworkSide } from './generate-network.js';
import { makeSecurityPolicy, makeSslCertificate, makeSslPolicy } from './edge-security-parts.js';
import type { LoadBalancingType } from './load-balancing-types.js';
import {
  lbBase,
  makeBackendService,
  makeForwardingRule,
  makeHealthCheck,
  makeNetworkEndpointGroup,
  makeTargetPool,
  makeUrlMap,
} from './load-balancing-parts.js';
import { regionOfZone } from './urls.js';
import { publicIp } from './values.js';

/** Per-project counts of load balancers; each is a consistent chain from forwarding rule to backends. */
export interface LoadBalancingCounts {
  /** Regional load balancers per region, in turn a target-pool network LB, an internal passthrough LB and an internal application LB. */
  loadBalancersPerRegion: number;
  /** Global external application LBs: HTTP and HTTPS rules, proxies, URL map, two backend services, Cloud Armor. */
  globalLoadBalancers: number;
}

/** What already exists in the project: instance and instance group URLs per zone, global address IPs. */
export interface LbEstate {
  instancesIn(zone: string): string[];
  groupsIn(zone: string): string[];
  globalIps: string[];
}

/** Receives each generated resource with its type. */
export type EmitLb = (type: LoadBalancingType, resource: { name?: string | null }) => void;

/** Generates zonal NEGs and load balancers whose references all resolve inside the project (none without load balancers). */
export function generateLoadBalancing(
  ctx: ProjectContext,
  counts: LoadBalancingCounts,
  net: NetworkSide,
  existing: LbEstate,
  emit: EmitLb,
): void {
  const wanted = counts.loadBalancersPerRegion > 0 || counts.globalLoadBalancers > 0;
  if (!wanted || net.networks.length === 0 || ctx.zones.length === 0) return;
  const negs = ctx.zones.map((zone) => {
    const neg = makeNetworkEndpointGroup(ctx, zone, `neg-${zone}`, net.subnet(0, regionOfZone(zone)));
    emit('networkEndpointGroups', neg);
    return neg.selfLink ?? '';
  });
  ctx.regions.forEach((region, r) => {
    const zones = ctx.zones.filter((z) => regionOfZone(z) === region);
    for (let k = 0; k < counts.loadBalancersPerRegion; k++) {
      const variant = (['nlb', 'ilb', 'ialb'] as const)[(r + k) % 3] ?? 'nlb';
      const prefix = `${variant}-${region}-${k}`;
      const subnet = net.subnet(k, region);
      const network = {
        network: subnet.network,
        ...(subnet.subnetwork ? { subnetwork: subnet.subnetwork } : {}),
      };
      const internalIp = `${subnet.prefix}.${ctx.prng.int(2, 254)}`;
      if (variant === 'nlb') {
        const instances = zones.flatMap((z) => existing.instancesIn(z).slice(0, 2));
        const pool = makeTargetPool(ctx, region, `${prefix}-pool`, instances);
        emit('targetPools', pool);
        const to = { target: pool.selfLink ?? '' };
        const ports = { portRange: '80-80' };
        emit(
          'forwardingRules',
          makeForwardingRule(ctx, region, prefix, { scheme: 'EXTERNAL', ip: publicIp(ctx.prng), to, ports }),
        );
        continue;
      }
      const hc = makeHealthCheck(ctx, region, `${prefix}-hc`, variant === 'ilb' ? 443 : undefined);
      emit('healthChecks', hc);
      const bs = makeBackendService(ctx, region, `${prefix}-bs`, {
        scheme: variant === 'ilb' ? 'INTERNAL' : 'INTERNAL_MANAGED',
        groups: zones.flatMap((z) => existing.groupsIn(z)),
        healthCheck: hc.selfLink ?? '',
        network: subnet.network,
      });
      emit('backendServices', bs);
      const bsUrl = bs.selfLink ?? '';
      if (variant === 'ilb') {
        const ports = { ports: ['443', '8443'] };
        const to = { backendService: bsUrl };
        emit(
          'forwardingRules',
          makeForwardingRule(ctx, region, prefix, { scheme: 'INTERNAL', ip: internalIp, to, ports, network }),
        );
        continue;
      }
      const map = makeUrlMap(ctx, region, `${prefix}-map`, bsUrl);
      emit('urlMaps', map);
      const proxy = {
        ...lbBase(ctx, 'compute#targetHttpProxy', region, 'targetHttpProxies', `${prefix}-proxy`),
        urlMap: map.selfLink,
        fingerprint: ctx.prng.base64(),
      };
      emit('targetHttpProxies', proxy);
      const to = { target: proxy.selfLink };
      emit(
        'forwardingRules',
        makeForwardingRule(ctx, region, prefix, {
          scheme: 'INTERNAL_MANAGED',
          ip: internalIp,
          to,
          ports: { portRange: '80-80' },
          network,
        }),
      );
    }
  });
  for (let g = 0; g < counts.globalLoadBalancers; g++)
    generateGlobal(ctx, `web-${g}`, existing, negs, g, emit);
}

function generateGlobal(
  ctx: ProjectContext,
  prefix: string,
  existing: LbEstate,
  negs: string[],
  g: number,
  emit: EmitLb,
): void {
  const armor = makeSecurityPolicy(ctx, `${prefix}-armor`);
  emit('securityPolicies', armor);
  const hc = makeHealthCheck(ctx, undefined, `${prefix}-hc`);
  emit('healthChecks', hc);
  const web = makeBackendService(ctx, undefined, `${prefix}-bs`, {
    scheme: 'EXTERNAL_MANAGED',
    groups: ctx.zones.flatMap((z) => existing.groupsIn(z)),
    healthCheck: hc.selfLink ?? '',
    securityPolicy: armor.selfLink ?? '',
  });
  const api = makeBackendService(ctx, undefined, `${prefix}-api-bs`, {
    scheme: 'EXTERNAL_MANAGED',
    groups: negs,
    healthCheck: hc.selfLink ?? '',
    endpoints: true,
  });
  emit('backendServices', web);
  emit('backendServices', api);
  const map = makeUrlMap(ctx, undefined, `${prefix}-map`, web.selfLink ?? '', api.selfLink ?? '');
  emit('urlMaps', map);
  const cert = makeSslCertificate(ctx, `${prefix}-cert`, `${prefix}.${ctx.project}.example.com`);
  emit('sslCertificates', cert);
  const policy = makeSslPolicy(ctx, `${prefix}-ssl-policy`);
  emit('sslPolicies', policy);
  const http = {
    ...lbBase(ctx, 'compute#targetHttpProxy', undefined, 'targetHttpProxies', `${prefix}-http-proxy`),
    urlMap: map.selfLink,
    fingerprint: ctx.prng.base64(),
  };
  emit('targetHttpProxies', http);
  const https = {
    ...lbBase(ctx, 'compute#targetHttpsProxy', undefined, 'targetHttpsProxies', `${prefix}-https-proxy`),
    urlMap: map.selfLink,
    sslCertificates: [cert.selfLink ?? ''],
    sslPolicy: policy.selfLink,
    quicOverride: 'NONE',
    fingerprint: ctx.prng.base64(),
  };
  emit('targetHttpsProxies', https);
  const ip = existing.globalIps[g] ?? publicIp(ctx.prng);
  const rule = (suffix: string, target: string, port: string) =>
    makeForwardingRule(ctx, undefined, `${prefix}-${suffix}`, {
      scheme: 'EXTERNAL_MANAGED',
      ip,
      to: { target },
      ports: { portRange: `${port}-${port}` },
    });
  emit('globalForwardingRules', rule('http', http.selfLink, '80'));
  emit('globalForwardingRules', rule('https', https.selfLink, '443'));
}
