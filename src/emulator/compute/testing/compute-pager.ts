import type { compute_v1 } from '@googleapis/compute';
import { scopedField, type ResourceType } from '../resource-types.js';
import { lastSegment } from '../urls.js';
import { loadBalancingAccess } from './load-balancing-access.js';

/** A list response as the pager sees it. */
export type Page = { data: { items?: unknown; nextPageToken?: string | null } };
/** List parameters the pager sends. */
export type Params = {
  project: string;
  maxResults?: number;
  pageToken?: string;
  returnPartialSuccess?: boolean;
  filter?: string;
};

/** How tests reach one resource type through `@googleapis/compute`, and which protos.json messages describe it. */
export interface TypeAccess {
  listMessage: string;
  itemMessage: string;
  aggregated: boolean;
  list(c: compute_v1.Compute, p: Params): Promise<Page>;
  get(
    c: compute_v1.Compute,
    project: string,
    item: { name?: string | null; zone?: string | null; region?: string | null },
  ): Promise<{ data: unknown }>;
}

const z = (i: { zone?: string | null }) => lastSegment(i.zone ?? '');
const r = (i: { region?: string | null }) => lastSegment(i.region ?? '');
const n = (i: { name?: string | null }) => i.name ?? '';

/** Per resource type: the official client's list and get calls. */
export const access: Record<ResourceType, TypeAccess> = {
  instances: {
    listMessage: 'InstanceAggregatedList',
    itemMessage: 'Instance',
    aggregated: true,
    list: (c, p) => c.instances.aggregatedList(p),
    get: (c, project, i) => c.instances.get({ project, zone: z(i), instance: n(i) }),
  },
  disks: {
    listMessage: 'DiskAggregatedList',
    itemMessage: 'Disk',
    aggregated: true,
    list: (c, p) => c.disks.aggregatedList(p),
    get: (c, project, i) => c.disks.get({ project, zone: z(i), disk: n(i) }),
  },
  instanceGroups: {
    listMessage: 'InstanceGroupAggregatedList',
    itemMessage: 'InstanceGroup',
    aggregated: true,
    list: (c, p) => c.instanceGroups.aggregatedList(p),
    get: (c, project, i) =>
      i.zone || !i.region
        ? c.instanceGroups.get({ project, zone: z(i), instanceGroup: n(i) })
        : c.regionInstanceGroups.get({ project, region: r(i), instanceGroup: n(i) }),
  },
  subnetworks: {
    listMessage: 'SubnetworkAggregatedList',
    itemMessage: 'Subnetwork',
    aggregated: true,
    list: (c, p) => c.subnetworks.aggregatedList(p),
    get: (c, project, i) => c.subnetworks.get({ project, region: r(i), subnetwork: n(i) }),
  },
  addresses: {
    listMessage: 'AddressAggregatedList',
    itemMessage: 'Address',
    aggregated: true,
    list: (c, p) => c.addresses.aggregatedList(p),
    get: (c, project, i) => c.addresses.get({ project, region: r(i), address: n(i) }),
  },
  routers: {
    listMessage: 'RouterAggregatedList',
    itemMessage: 'Router',
    aggregated: true,
    list: (c, p) => c.routers.aggregatedList(p),
    get: (c, project, i) => c.routers.get({ project, region: r(i), router: n(i) }),
  },
  networks: {
    listMessage: 'NetworkList',
    itemMessage: 'Network',
    aggregated: false,
    list: (c, p) => c.networks.list(p),
    get: (c, project, i) => c.networks.get({ project, network: n(i) }),
  },
  firewalls: {
    listMessage: 'FirewallList',
    itemMessage: 'Firewall',
    aggregated: false,
    list: (c, p) => c.firewalls.list(p),
    get: (c, project, i) => c.firewalls.get({ project, firewall: n(i) }),
  },
  globalAddresses: {
    listMessage: 'AddressList',
    itemMessage: 'Address',
    aggregated: false,
    list: (c, p) => c.globalAddresses.list(p),
    get: (c, project, i) => c.globalAddresses.get({ project, address: n(i) }),
  },
  instanceGroupManagers: {
    listMessage: 'InstanceGroupManagerAggregatedList',
    itemMessage: 'InstanceGroupManager',
    aggregated: true,
    list: (c, p) => c.instanceGroupManagers.aggregatedList(p),
    get: (c, project, i) =>
      i.zone || !i.region
        ? c.instanceGroupManagers.get({ project, zone: z(i), instanceGroupManager: n(i) })
        : c.regionInstanceGroupManagers.get({ project, region: r(i), instanceGroupManager: n(i) }),
  },
  instanceTemplates: {
    listMessage: 'InstanceTemplateAggregatedList',
    itemMessage: 'InstanceTemplate',
    aggregated: true,
    list: (c, p) => c.instanceTemplates.aggregatedList(p),
    get: (c, project, i) =>
      i.region
        ? c.regionInstanceTemplates.get({ project, region: r(i), instanceTemplate: n(i) })
        : c.instanceTemplates.get({ project, instanceTemplate: n(i) }),
  },
  images: {
    listMessage: 'ImageList',
    itemMessage: 'Image',
    aggregated: false,
    list: (c, p) => c.images.list(p),
    get: (c, project, i) => c.images.get({ project, image: n(i) }),
  },
  snapshots: {
    listMessage: 'SnapshotList',
    itemMessage: 'Snapshot',
    aggregated: false,
    list: (c, p) => c.snapshots.list(p),
    get: (c, project, i) => c.snapshots.get({ project, snapshot: n(i) }),
  },
  machineImages: {
    listMessage: 'MachineImageList',
    itemMessage: 'MachineImage',
    aggregated: false,
    list: (c, p) => c.machineImages.list(p),
    get: (c, project, i) => c.machineImages.get({ project, machineImage: n(i) }),
  },
  vpnGateways: {
    listMessage: 'VpnGatewayAggregatedList',
    itemMessage: 'VpnGateway',
    aggregated: true,
    list: (c, p) => c.vpnGateways.aggregatedList(p),
    get: (c, project, i) => c.vpnGateways.get({ project, region: r(i), vpnGateway: n(i) }),
  },
  vpnTunnels: {
    listMessage: 'VpnTunnelAggregatedList',
    itemMessage: 'VpnTunnel',
    aggregated: true,
    list: (c, p) => c.vpnTunnels.aggregatedList(p),
    get: (c, project, i) => c.vpnTunnels.get({ project, region: r(i), vpnTunnel: n(i) }),
  },
  interconnectAttachments: {
    listMessage: 'InterconnectAttachmentAggregatedList',
    itemMessage: 'InterconnectAttachment',
    aggregated: true,
    list: (c, p) => c.interconnectAttachments.aggregatedList(p),
    get: (c, project, i) =>
      c.interconnectAttachments.get({ project, region: r(i), interconnectAttachment: n(i) }),
  },
  resourcePolicies: {
    listMessage: 'ResourcePolicyAggregatedList',
    itemMessage: 'ResourcePolicy',
    aggregated: true,
    list: (c, p) => c.resourcePolicies.aggregatedList(p),
    get: (c, project, i) => c.resourcePolicies.get({ project, region: r(i), resourcePolicy: n(i) }),
  },
  targetVpnGateways: {
    listMessage: 'TargetVpnGatewayAggregatedList',
    itemMessage: 'TargetVpnGateway',
    aggregated: true,
    list: (c, p) => c.targetVpnGateways.aggregatedList(p),
    get: (c, project, i) => c.targetVpnGateways.get({ project, region: r(i), targetVpnGateway: n(i) }),
  },
  packetMirrorings: {
    listMessage: 'PacketMirroringAggregatedList',
    itemMessage: 'PacketMirroring',
    aggregated: true,
    list: (c, p) => c.packetMirrorings.aggregatedList(p),
    get: (c, project, i) => c.packetMirrorings.get({ project, region: r(i), packetMirroring: n(i) }),
  },
  interconnects: {
    listMessage: 'InterconnectList',
    itemMessage: 'Interconnect',
    aggregated: false,
    list: (c, p) => c.interconnects.list(p),
    get: (c, project, i) => c.interconnects.get({ project, interconnect: n(i) }),
  },
  projects: {
    listMessage: 'Project',
    itemMessage: 'Project',
    aggregated: false,
    list: async (c, p) => ({ data: (await c.projects.get({ project: p.project })).data as Page['data'] }),
    get: (c, project) => c.projects.get({ project }),
  },
  ...loadBalancingAccess,
  networkFirewallPolicies: {
    listMessage: 'FirewallPolicyList',
    itemMessage: 'FirewallPolicy',
    aggregated: false,
    list: (c, p) => c.networkFirewallPolicies.list(p),
    get: (c, project, i) => c.networkFirewallPolicies.get({ project, firewallPolicy: n(i) }),
  },
  regionNetworkFirewallPolicies: {
    listMessage: 'NetworkFirewallPolicyAggregatedList',
    itemMessage: 'FirewallPolicy',
    aggregated: true,
    list: (c, p) => c.networkFirewallPolicies.aggregatedList(p),
    get: (c, project, i) =>
      c.regionNetworkFirewallPolicies.get({ project, region: r(i), firewallPolicy: n(i) }),
  },
  firewallPolicies: {
    listMessage: 'FirewallPolicyList',
    itemMessage: 'FirewallPolicy',
    aggregated: false,
    list: (c, p) =>
      c.firewallPolicies.list({
        parentId: p.project,
        ...(p.maxResults !== undefined && { maxResults: p.maxResults }),
        ...(p.pageToken !== undefined && { pageToken: p.pageToken }),
      }),
    get: (c, _project, i) => c.firewallPolicies.get({ firewallPolicy: n(i) }),
  },
};

/** Every item of a type in a project, paged through the official client; also returns each raw page. */
export async function pageAll(
  client: compute_v1.Compute,
  type: ResourceType,
  project: string,
  maxResults?: number,
) {
  const items: Record<string, unknown>[] = [];
  const pages: Page['data'][] = [];
  let pageToken: string | undefined;
  do {
    const res = await access[type].list(client, {
      project,
      returnPartialSuccess: true,
      ...(maxResults ? { maxResults } : {}),
      ...(pageToken ? { pageToken } : {}),
    });
    pages.push(res.data);
    items.push(...itemsOf(type, res.data));
    pageToken = res.data.nextPageToken ?? undefined;
  } while (pageToken);
  return { items, pages };
}

/** The items of one page, flattening aggregatedList scopes. */
export function itemsOf(type: ResourceType, data: Page['data']): Record<string, unknown>[] {
  if (type === 'projects') return [data as Record<string, unknown>];
  if (!access[type].aggregated) return (data.items as Record<string, unknown>[] | undefined) ?? [];
  const scopes = Object.values(
    (data.items ?? {}) as Record<string, Record<string, Record<string, unknown>[] | undefined>>,
  );
  return scopes.flatMap((s) => s[scopedField(type)] ?? []);
}
