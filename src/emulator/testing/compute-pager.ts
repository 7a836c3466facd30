import type { compute_v1 } from '@googleapis/compute';
import type { ResourceType } from '../resource-types.js';
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
    get: (c, project, i) => c.instanceGroups.get({ project, zone: z(i), instanceGroup: n(i) }),
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
  ...loadBalancingAccess,
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
  if (!access[type].aggregated) return (data.items as Record<string, unknown>[] | undefined) ?? [];
  const scopes = Object.values(
    (data.items ?? {}) as Record<string, Record<string, Record<string, unknown>[] | undefined>>,
  );
  return scopes.flatMap((s) => s[type] ?? []);
}
