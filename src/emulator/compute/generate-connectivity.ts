import type { compute_v1 } from '@googleapis/compute';
import { baseFields } from './generate-network.js';
import { objectOf, type InfraContext } from './infra-context.js';
import { projectUrl, regionUrl } from './urls.js';
import { publicIp } from './values.js';

function routersIn(infra: InfraContext, region: string): compute_v1.Schema$Router[] {
  return infra.state.collections.routers
    .inScope(`regions/${region}`)
    .map((r) => objectOf<compute_v1.Schema$Router>(r))
    .filter((r): r is compute_v1.Schema$Router => !!r?.selfLink && !!r.network);
}

/**
 * HA VPN gateways on the networks of existing Cloud Routers, each with tunnels (alternating interfaces)
 * through that router to an on-premises peer gateway (`global/externalVpnGateways/onprem-<region>`, not served).
 */
export function generateVpn(infra: InfraContext): void {
  const ctx = infra.part('vpn');
  for (const region of ctx.regions) {
    const routers = routersIn(infra, region);
    if (routers.length === 0) continue;
    for (let g = 0; g < infra.counts.vpnGatewaysPerRegion; g++) {
      const router = routers[g % routers.length] ?? routers[0];
      const name = `ha-vpn-${region}-${g}`;
      const gatewayUrl = `${regionUrl(ctx.project, region)}/vpnGateways/${name}`;
      infra.state.putObject('vpnGateways', {
        ...baseFields(ctx, 'compute#vpnGateway', name, gatewayUrl),
        description: '',
        region: regionUrl(ctx.project, region),
        network: router?.network,
        vpnInterfaces: [
          { id: 0, ipAddress: publicIp(ctx.prng) },
          { id: 1, ipAddress: publicIp(ctx.prng) },
        ],
        stackType: 'IPV4_ONLY',
        gatewayIpVersion: 'IPV4',
        labelFingerprint: '42WmSpB8rSM=',
      } satisfies compute_v1.Schema$VpnGateway);
      for (let t = 0; t < infra.counts.vpnTunnelsPerGateway; t++) {
        const tunnel = `${name}-tunnel-${t}`;
        const up = ctx.prng.chance(0.85);
        infra.state.putObject('vpnTunnels', {
          ...baseFields(
            ctx,
            'compute#vpnTunnel',
            tunnel,
            `${regionUrl(ctx.project, region)}/vpnTunnels/${tunnel}`,
          ),
          description: '',
          region: regionUrl(ctx.project, region),
          vpnGateway: gatewayUrl,
          vpnGatewayInterface: t % 2,
          peerExternalGateway: `${projectUrl(ctx.project)}/global/externalVpnGateways/onprem-${region}`,
          peerExternalGatewayInterface: t % 2,
          peerIp: publicIp(ctx.prng),
          router: router?.selfLink,
          ikeVersion: 2,
          sharedSecretHash: ctx.prng.base64(27),
          status: up ? 'ESTABLISHED' : 'NO_INCOMING_PACKETS',
          detailedStatus: up ? 'Tunnel is up and running.' : 'No incoming packets from peer.',
          localTrafficSelector: ['0.0.0.0/0'],
          remoteTrafficSelector: ['0.0.0.0/0'],
          labelFingerprint: '42WmSpB8rSM=',
        } satisfies compute_v1.Schema$VpnTunnel);
      }
    }
  }
}

/** Partner interconnect VLAN attachments on existing Cloud Routers. */
export function generateInterconnectAttachments(infra: InfraContext): void {
  const ctx = infra.part('interconnect-attachments');
  ctx.regions.forEach((region, r) => {
    const routers = routersIn(infra, region);
    for (let a = 0; a < infra.counts.interconnectAttachmentsPerRegion && routers.length > 0; a++) {
      const router = routers[a % routers.length];
      const name = `ic-${region}-${a}`;
      const subnet = `169.254.${(r * 8 + a) % 256}`;
      infra.state.putObject('interconnectAttachments', {
        ...baseFields(
          ctx,
          'compute#interconnectAttachment',
          name,
          `${regionUrl(ctx.project, region)}/interconnectAttachments/${name}`,
        ),
        description: '',
        region: regionUrl(ctx.project, region),
        router: router?.selfLink,
        type: 'PARTNER',
        state: 'ACTIVE',
        edgeAvailabilityDomain: a % 2 === 0 ? 'AVAILABILITY_DOMAIN_1' : 'AVAILABILITY_DOMAIN_2',
        pairingKey: `${ctx.prng.uint32().toString(16)}-${ctx.prng.uint32().toString(16)}/${region}/${(a % 2) + 1}`,
        partnerAsn: String(ctx.prng.pick([16550, 2914, 6453])),
        partnerMetadata: {
          partnerName: ctx.prng.pick(['Equinix', 'Megaport', 'Zayo']),
          interconnectName: `${region}-zone${(a % 2) + 1}`,
          portalUrl: 'https://partner.example.com/portal',
        },
        bandwidth: ctx.prng.pick(['BPS_1G', 'BPS_10G', 'BPS_500M']),
        adminEnabled: true,
        vlanTag8021q: 100 + a + r * 10,
        cloudRouterIpAddress: `${subnet}.1/29`,
        customerRouterIpAddress: `${subnet}.2/29`,
        operationalStatus: 'OS_ACTIVE',
        mtu: 1440,
        encryption: 'NONE',
        stackType: 'IPV4_ONLY',
        dataplaneVersion: 2,
        satisfiesPzs: false,
        labelFingerprint: '42WmSpB8rSM=',
      } satisfies compute_v1.Schema$InterconnectAttachment);
    }
  });
}
