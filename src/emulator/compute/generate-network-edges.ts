import type { compute_v1 } from '@googleapis/compute';
import { baseFields } from './generate-network.js';
import { objectOf, type InfraContext } from './infra-context.js';
import { projectUrl, regionUrl } from './urls.js';
import { publicIp, randomLabels } from './values.js';

/**
 * A classic VPN gateway in the first region with a Cloud Router, with the three forwarding rules Google
 * requires of one (ESP, UDP 500 and UDP 4500 on one external address), when the estate has VPN gateways.
 */
export function generateClassicVpn(infra: InfraContext): void {
  if (infra.counts.vpnGatewaysPerRegion === 0) return;
  const ctx = infra.part('classic-vpn');
  const region = ctx.regions.find((r) => infra.state.collections.routers.inScope(`regions/${r}`).length > 0);
  if (region === undefined) return;
  const router = objectOf<compute_v1.Schema$Router>(
    infra.state.collections.routers.inScope(`regions/${region}`)[0],
  );
  const name = `classic-vpn-${region}`;
  const at = regionUrl(ctx.project, region);
  const ip = publicIp(ctx.prng);
  const rules = (
    [
      ['esp', 'ESP', undefined],
      ['udp500', 'UDP', '500-500'],
      ['udp4500', 'UDP', '4500-4500'],
    ] as const
  ).map(([suffix, protocol, ports]) => ({
    ...baseFields(
      ctx,
      'compute#forwardingRule',
      `${name}-${suffix}`,
      `${at}/forwardingRules/${name}-${suffix}`,
    ),
    description: '',
    region: at,
    IPAddress: ip,
    IPProtocol: protocol,
    ...(ports ? { portRange: ports } : {}),
    target: `${at}/targetVpnGateways/${name}`,
    loadBalancingScheme: 'EXTERNAL',
    networkTier: 'PREMIUM',
    labels: randomLabels(ctx.prng),
    labelFingerprint: ctx.prng.base64(),
    fingerprint: ctx.prng.base64(),
  }));
  for (const rule of rules) infra.state.putObject('forwardingRules', rule);
  infra.state.putObject('targetVpnGateways', {
    ...baseFields(ctx, 'compute#targetVpnGateway', name, `${at}/targetVpnGateways/${name}`),
    description: '',
    region: at,
    network: router?.network,
    status: 'READY',
    forwardingRules: rules.map((r) => r.selfLink),
    tunnels: [],
    labels: randomLabels(ctx.prng),
    labelFingerprint: ctx.prng.base64(),
  } satisfies compute_v1.Schema$TargetVpnGateway);
}

/** A packet mirroring policy per region that has an internal passthrough load balancer to collect into. */
export function generatePacketMirrorings(infra: InfraContext): void {
  const ctx = infra.part('packet-mirroring');
  for (const region of ctx.regions) {
    const collector = infra.state.collections.forwardingRules
      .inScope(`regions/${region}`)
      .map((r) => objectOf<compute_v1.Schema$ForwardingRule>(r))
      .find((r) => r?.loadBalancingScheme === 'INTERNAL' && r.backendService);
    if (!collector?.selfLink || !collector.network) continue;
    const name = `mirror-${region}`;
    const at = regionUrl(ctx.project, region);
    infra.state.putObject('packetMirrorings', {
      ...baseFields(ctx, 'compute#packetMirroring', name, `${at}/packetMirrorings/${name}`),
      description: '',
      region: at,
      network: { url: collector.network, canonicalUrl: collector.network.replace(/^https:\/\/[^/]+/, '') },
      priority: 1000,
      collectorIlb: { url: collector.selfLink },
      mirroredResources: {
        ...(collector.subnetwork ? { subnetworks: [{ url: collector.subnetwork }] } : {}),
        tags: ['mirror'],
      },
      filter: { IPProtocols: ['tcp', 'udp'], cidrRanges: ['0.0.0.0/0'], direction: 'BOTH' },
      enable: ctx.prng.chance(0.8) ? 'TRUE' : 'FALSE',
    } satisfies compute_v1.Schema$PacketMirroring);
  }
}

/** One Dedicated Interconnect of two 10G links per project with interconnect attachments. */
export function generateInterconnects(infra: InfraContext): void {
  if (infra.counts.interconnectAttachmentsPerRegion === 0) return;
  const ctx = infra.part('interconnects');
  const name = 'dc-link-0';
  const up = ctx.prng.chance(0.9);
  infra.state.putObject('interconnects', {
    ...baseFields(
      ctx,
      'compute#interconnect',
      name,
      `${projectUrl(ctx.project)}/global/interconnects/${name}`,
    ),
    description: '',
    interconnectType: 'DEDICATED',
    linkType: 'LINK_TYPE_ETHERNET_10G_LR',
    location: `${projectUrl(ctx.project)}/global/interconnectLocations/${ctx.prng.pick(['iad-zone1-1', 'fra-zone2-53', 'sin-zone1-2062'])}`,
    requestedLinkCount: 2,
    provisionedLinkCount: up ? 2 : 0,
    operationalStatus: up ? 'OS_ACTIVE' : 'OS_UNPROVISIONED',
    state: up ? 'ACTIVE' : 'UNPROVISIONED',
    adminEnabled: true,
    customerName: 'Hotpot Demo Corp',
    nocContactEmail: 'noc@example.com',
    labels: randomLabels(ctx.prng),
    labelFingerprint: ctx.prng.base64(),
  } satisfies compute_v1.Schema$Interconnect);
}
