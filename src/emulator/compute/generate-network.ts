import type { compute_v1 } from '@googleapis/compute';
import type { Prng } from '../prng.js';
import { computeBase, projectUrl, regionUrl } from './urls.js';
import { publicIp, randomCreationMs, rfc3339 } from './values.js';

/** What the network generators need to know about the project being generated. */
export interface ProjectContext {
  readonly project: string;
  readonly projectNumber: string;
  readonly zones: readonly string[];
  readonly regions: readonly string[];
  readonly prng: Prng;
}

/** Per-project counts of network-side resources. */
export interface NetworkCounts {
  networks: number;
  subnetworksPerRegion: number;
  firewallsPerNetwork: number;
  addressesPerRegion: number;
  globalAddresses: number;
  routersPerRegion: number;
}

/** The network-side resources of a project; `subnet(n, region)` gives the NIC target in a region. */
export interface NetworkSide {
  networks: compute_v1.Schema$Network[];
  subnetworks: compute_v1.Schema$Subnetwork[];
  firewalls: compute_v1.Schema$Firewall[];
  routers: compute_v1.Schema$Router[];
  addresses: compute_v1.Schema$Address[];
  globalAddresses: compute_v1.Schema$Address[];
  subnet(networkIndex: number, region: string): { network: string; subnetwork?: string; prefix: string };
}

/** Common fields of every generated resource. */
export function baseFields(ctx: ProjectContext, kind: string, name: string, selfLink: string) {
  return {
    kind,
    id: ctx.prng.uint64String(),
    creationTimestamp: rfc3339(randomCreationMs(ctx.prng)),
    name,
    selfLink,
  };
}

/** A new network in custom-subnet mode. */
export function makeNetwork(ctx: ProjectContext, name: string): compute_v1.Schema$Network {
  const selfLink = `${projectUrl(ctx.project)}/global/networks/${name}`;
  const base = baseFields(ctx, 'compute#network', name, selfLink);
  return {
    ...base,
    description: name === 'default' ? 'Default network for the project' : '',
    selfLinkWithId: `${projectUrl(ctx.project)}/global/networks/${base.id}`,
    autoCreateSubnetworks: false,
    subnetworks: [],
    routingConfig: { routingMode: ctx.prng.pick(['REGIONAL', 'GLOBAL']) },
    mtu: ctx.prng.pick([1460, 1500, 8896]),
    networkFirewallPolicyEnforcementOrder: 'AFTER_CLASSIC_FIREWALL',
  };
}

/** Generates networks with subnetworks per region, firewalls, routers and addresses that reference them. */
export function generateNetworkSide(ctx: ProjectContext, counts: NetworkCounts): NetworkSide {
  const { prng, project } = ctx;
  const side: NetworkSide = {
    networks: [],
    subnetworks: [],
    firewalls: [],
    routers: [],
    addresses: [],
    globalAddresses: [],
    subnet: (n, region) => {
      const network = side.networks[n % Math.max(1, side.networks.length)];
      const r = ctx.regions.indexOf(region);
      const netUrl = network?.selfLink ?? `${projectUrl(project)}/global/networks/default`;
      if (counts.subnetworksPerRegion < 1 || !network)
        return { network: netUrl, prefix: `10.${n % 256}.${(r * 16) % 256}` };
      return {
        network: netUrl,
        subnetwork: `${regionUrl(project, region)}/subnetworks/${network.name}-${region}`,
        prefix: `10.${n % 256}.${(r * 16) % 256}`,
      };
    },
  };
  for (let n = 0; n < counts.networks; n++) {
    const network = makeNetwork(ctx, n === 0 ? 'default' : `vpc-${n}`);
    side.networks.push(network);
    ctx.regions.forEach((region, r) => {
      for (let s = 0; s < counts.subnetworksPerRegion; s++) {
        const name = s === 0 ? `${network.name}-${region}` : `${network.name}-${region}-${s}`;
        const selfLink = `${regionUrl(project, region)}/subnetworks/${name}`;
        const third = (r * 16 + s * 4) % 256;
        side.subnetworks.push({
          ...baseFields(ctx, 'compute#subnetwork', name, selfLink),
          network: network.selfLink,
          region: regionUrl(project, region),
          ipCidrRange: `10.${n % 256}.${third}.0/22`,
          gatewayAddress: `10.${n % 256}.${third}.1`,
          privateIpGoogleAccess: prng.chance(0.5),
          purpose: 'PRIVATE',
          stackType: 'IPV4_ONLY',
          fingerprint: prng.base64(),
          secondaryIpRanges: prng.chance(0.3)
            ? [{ rangeName: 'pods', ipCidrRange: `172.${16 + (n % 16)}.${third}.0/22` }]
            : [],
        });
        network.subnetworks?.push(selfLink);
      }
    });
    for (let f = 0; f < counts.firewallsPerNetwork; f++) side.firewalls.push(makeFirewall(ctx, network, f));
  }
  ctx.regions.forEach((region) => {
    for (let a = 0; a < counts.addressesPerRegion; a++) {
      const name = `addr-${region}-${a}`;
      const internal = a % 2 === 1 && counts.networks > 0;
      const target = side.subnet(a, region);
      side.addresses.push({
        ...baseFields(ctx, 'compute#address', name, `${regionUrl(project, region)}/addresses/${name}`),
        address: internal ? `${target.prefix}.${prng.int(10, 250)}` : publicIp(prng),
        status: 'RESERVED',
        region: regionUrl(project, region),
        addressType: internal ? 'INTERNAL' : 'EXTERNAL',
        ...(internal
          ? { purpose: 'GCE_ENDPOINT', ...(target.subnetwork ? { subnetwork: target.subnetwork } : {}) }
          : { networkTier: 'PREMIUM' }),
        labelFingerprint: '42WmSpB8rSM=',
      });
    }
    for (let k = 0; k < counts.routersPerRegion && side.networks.length > 0; k++) {
      const name = `router-${region}-${k}`;
      const network = side.networks[k % side.networks.length];
      if (!network?.selfLink) continue;
      side.routers.push({
        ...baseFields(ctx, 'compute#router', name, `${regionUrl(project, region)}/routers/${name}`),
        region: regionUrl(project, region),
        network: network.selfLink,
        bgp: { asn: 64512 + k, advertiseMode: 'DEFAULT', keepaliveInterval: 20 },
        nats: [
          {
            name: `nat-${k}`,
            natIpAllocateOption: 'AUTO_ONLY',
            sourceSubnetworkIpRangesToNat: 'ALL_SUBNETWORKS_ALL_IP_RANGES',
            logConfig: { enable: false, filter: 'ALL' },
          },
        ],
        encryptedInterconnectRouter: false,
      });
    }
  });
  for (let g = 0; g < counts.globalAddresses; g++) {
    const name = `global-addr-${g}`;
    side.globalAddresses.push({
      ...baseFields(
        ctx,
        'compute#address',
        name,
        `${computeBase}/projects/${project}/global/addresses/${name}`,
      ),
      address: publicIp(prng),
      status: 'RESERVED',
      addressType: 'EXTERNAL',
      ipVersion: 'IPV4',
      networkTier: 'PREMIUM',
      labelFingerprint: '42WmSpB8rSM=',
    });
  }
  return side;
}

function makeFirewall(
  ctx: ProjectContext,
  network: compute_v1.Schema$Network,
  f: number,
): compute_v1.Schema$Firewall {
  const kinds = ['allow-ssh', 'allow-internal', 'allow-http', 'deny-telnet'] as const;
  const what = kinds[f % kinds.length] ?? 'allow-ssh';
  const name = f < kinds.length ? `${network.name}-${what}` : `${network.name}-${what}-${f}`;
  const rule: compute_v1.Schema$Firewall = {
    ...baseFields(ctx, 'compute#firewall', name, `${projectUrl(ctx.project)}/global/firewalls/${name}`),
    description: '',
    network: network.selfLink,
    priority: what.startsWith('deny') ? 900 : 1000,
    direction: 'INGRESS',
    disabled: false,
    logConfig: { enable: ctx.prng.chance(0.2) },
  };
  if (what === 'allow-ssh')
    return {
      ...rule,
      sourceRanges: ['35.235.240.0/20'],
      allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
      targetTags: ['ssh'],
    };
  if (what === 'allow-internal')
    return {
      ...rule,
      sourceRanges: ['10.0.0.0/8'],
      allowed: [
        { IPProtocol: 'tcp', ports: ['0-65535'] },
        { IPProtocol: 'udp', ports: ['0-65535'] },
        { IPProtocol: 'icmp' },
      ],
    };
  if (what === 'allow-http')
    return {
      ...rule,
      sourceRanges: ['0.0.0.0/0'],
      allowed: [{ IPProtocol: 'tcp', ports: ['80', '443'] }],
      targetTags: ['http-server', 'https-server'],
    };
  return {
    ...rule,
    sourceTags: ['legacy'],
    denied: [{ IPProtocol: 'tcp', ports: ['23'] }],
    targetTags: ['web'],
  };
}
