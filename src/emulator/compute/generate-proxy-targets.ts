import type { compute_v1 } from '@googleapis/compute';
import { makeSslCertificate } from './edge-security-parts.js';
import type { EmitLb, LbEstate, LoadBalancingCounts } from './generate-load-balancing.js';
import { baseFields, type NetworkSide, type ProjectContext } from './generate-network.js';
import { lbBase, makeBackendService, makeForwardingRule, makeHealthCheck } from './load-balancing-parts.js';
import { regionOfZone, zoneUrl } from './urls.js';
import { publicIp } from './values.js';

/**
 * Load balancers through the targets beside HTTP(S) proxies: protocol forwarding to a target instance (first
 * zone with instances), and with global load balancers a global external proxy Network Load Balancer through a
 * target SSL proxy and one through a target TCP proxy, over the project's instance groups. Every reference
 * resolves inside the project; the proxy load balancers share the first reserved global address on ports of
 * their own (IMAPS 993, XMPP 5222).
 */
export function generateProxyTargets(
  ctx: ProjectContext,
  counts: LoadBalancingCounts,
  net: NetworkSide,
  existing: LbEstate,
  emit: EmitLb,
): void {
  if (net.networks.length === 0) return;
  if (counts.loadBalancersPerRegion > 0) {
    const zone = ctx.zones.find((z) => existing.instancesIn(z).length > 0);
    const instance = zone === undefined ? undefined : existing.instancesIn(zone)[0];
    if (zone !== undefined && instance !== undefined) {
      const name = `pf-${zone}`;
      const target: compute_v1.Schema$TargetInstance = {
        ...baseFields(
          ctx,
          'compute#targetInstance',
          name,
          `${zoneUrl(ctx.project, zone)}/targetInstances/${name}`,
        ),
        description: '',
        zone: zoneUrl(ctx.project, zone),
        instance,
        natPolicy: 'NO_NAT',
      };
      emit('targetInstances', target);
      const rule = makeForwardingRule(ctx, regionOfZone(zone), name, {
        scheme: 'EXTERNAL',
        ip: publicIp(ctx.prng),
        to: { target: target.selfLink ?? '' },
        ports: { portRange: '8443-8443' },
      });
      emit('forwardingRules', rule);
    }
  }
  const groups = ctx.zones.flatMap((z) => existing.groupsIn(z));
  if (counts.globalLoadBalancers === 0 || groups.length === 0) return;
  const hc = makeHealthCheck(ctx, undefined, 'proxy-nlb-hc', 80);
  emit('healthChecks', hc);
  const service = (name: string, protocol: 'SSL' | 'TCP') => {
    const bs = {
      ...makeBackendService(ctx, undefined, name, {
        scheme: 'EXTERNAL_MANAGED',
        groups,
        healthCheck: hc.selfLink ?? '',
      }),
      protocol,
    };
    emit('backendServices', bs);
    return bs.selfLink ?? '';
  };
  const cert = makeSslCertificate(ctx, 'tls-0-cert', `tls.${ctx.project}.example.com`);
  emit('sslCertificates', cert);
  const ssl: compute_v1.Schema$TargetSslProxy = {
    ...lbBase(ctx, 'compute#targetSslProxy', undefined, 'targetSslProxies', 'tls-0-proxy'),
    service: service('tls-0-bs', 'SSL'),
    sslCertificates: [cert.selfLink ?? ''],
    proxyHeader: 'NONE',
  };
  emit('targetSslProxies', ssl);
  const tcp: compute_v1.Schema$TargetTcpProxy = {
    ...lbBase(ctx, 'compute#targetTcpProxy', undefined, 'targetTcpProxies', 'tcp-0-proxy'),
    service: service('tcp-0-bs', 'TCP'),
    proxyHeader: 'NONE',
  };
  emit('targetTcpProxies', tcp);
  const ip = existing.globalIps[0] ?? publicIp(ctx.prng);
  for (const [name, target, port] of [
    ['tls-0', ssl.selfLink, '993'],
    ['tcp-0', tcp.selfLink, '5222'],
  ] as const) {
    const rule = makeForwardingRule(ctx, undefined, name, {
      scheme: 'EXTERNAL_MANAGED',
      ip,
      to: { target: target ?? '' },
      ports: { portRange: `${port}-${port}` },
    });
    emit('globalForwardingRules', rule);
  }
}
