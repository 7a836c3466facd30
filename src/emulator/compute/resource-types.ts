import { loadBalancingTypes } from './load-balancing-types.js';

/** The resource types the emulator serves, declared as data: adding one is a row here plus a generator. */
export const resourceTypes = {
  instances: { scope: 'zone', path: 'instances', kind: 'compute#instance', aggregated: true },
  disks: {
    scope: 'zone',
    path: 'disks',
    kind: 'compute#disk',
    aggregated: true,
    regionalCollection: 'regionDisks',
  },
  instanceGroups: {
    scope: 'zone',
    path: 'instanceGroups',
    kind: 'compute#instanceGroup',
    aggregated: true,
    regionalCollection: 'regionInstanceGroups',
  },
  subnetworks: { scope: 'region', path: 'subnetworks', kind: 'compute#subnetwork', aggregated: true },
  addresses: {
    scope: 'region',
    path: 'addresses',
    kind: 'compute#address',
    aggregated: true,
    globalTwin: 'globalAddresses',
  },
  routers: { scope: 'region', path: 'routers', kind: 'compute#router', aggregated: true },
  networks: { scope: 'global', path: 'networks', kind: 'compute#network', aggregated: false },
  firewalls: { scope: 'global', path: 'firewalls', kind: 'compute#firewall', aggregated: false },
  globalAddresses: { scope: 'global', path: 'addresses', kind: 'compute#address', aggregated: false },
  instanceGroupManagers: {
    scope: 'zone',
    path: 'instanceGroupManagers',
    kind: 'compute#instanceGroupManager',
    aggregated: true,
    regionalCollection: 'regionInstanceGroupManagers',
  },
  instanceTemplates: {
    scope: 'global',
    path: 'instanceTemplates',
    kind: 'compute#instanceTemplate',
    aggregated: true,
    regionalCollection: 'regionInstanceTemplates',
  },
  images: { scope: 'global', path: 'images', kind: 'compute#image', aggregated: false },
  snapshots: { scope: 'global', path: 'snapshots', kind: 'compute#snapshot', aggregated: false },
  machineImages: { scope: 'global', path: 'machineImages', kind: 'compute#machineImage', aggregated: false },
  vpnGateways: { scope: 'region', path: 'vpnGateways', kind: 'compute#vpnGateway', aggregated: true },
  vpnTunnels: { scope: 'region', path: 'vpnTunnels', kind: 'compute#vpnTunnel', aggregated: true },
  interconnectAttachments: {
    scope: 'region',
    path: 'interconnectAttachments',
    kind: 'compute#interconnectAttachment',
    aggregated: true,
  },
  resourcePolicies: {
    scope: 'region',
    path: 'resourcePolicies',
    kind: 'compute#resourcePolicy',
    aggregated: true,
  },
  projects: { scope: 'global', path: '', kind: 'compute#project', aggregated: false, singleton: true },
  targetVpnGateways: {
    scope: 'region',
    path: 'targetVpnGateways',
    kind: 'compute#targetVpnGateway',
    aggregated: true,
  },
  packetMirrorings: {
    scope: 'region',
    path: 'packetMirrorings',
    kind: 'compute#packetMirroring',
    aggregated: true,
  },
  interconnects: { scope: 'global', path: 'interconnects', kind: 'compute#interconnect', aggregated: false },
  ...loadBalancingTypes,
  networkFirewallPolicies: {
    scope: 'global',
    path: 'firewallPolicies',
    kind: 'compute#firewallPolicy',
    aggregated: false,
    unlinkedList: true,
  },
  regionNetworkFirewallPolicies: {
    scope: 'region',
    path: 'firewallPolicies',
    kind: 'compute#firewallPolicy',
    aggregated: true,
    aggregatedListKind: 'compute#networkFirewallPolicyAggregatedList',
    field: 'firewallPolicies',
  },
  /** Hierarchical policies: held by organization and folder nodes (see Estate.node), served at `locations/global`. */
  firewallPolicies: {
    scope: 'global',
    path: 'firewallPolicies',
    kind: 'compute#firewallPolicy',
    aggregated: false,
    unlinkedList: true,
  },
} as const satisfies Record<string, ResourceTypeSpec>;

/** How one resource type is addressed and labelled in the API. */
export interface ResourceTypeSpec {
  scope: 'zone' | 'region' | 'global';
  /** The collection segment of the URL (`global/addresses` for global addresses). */
  path: string;
  kind: string;
  aggregated: boolean;
  /** A zonal or global type whose resources may also be regional, served at `regions/{r}/{path}` by this collection. */
  regionalCollection?: string;
  /** One object per project, served by `GET projects/{p}` (the project itself); it has no list. */
  singleton?: boolean;
  /** A regional type whose resources may also be global (`backendServices`), served at `global/{path}`. */
  alsoGlobal?: boolean;
  /**
   * The global collection whose objects this regional type's aggregatedList also holds under `items.global`
   * (`addresses.aggregatedList` carries global addresses), while they are listed and got through that collection.
   */
  globalTwin?: string;
  /** The list response's kind when it is not `<kind>List` (`compute#sslPoliciesList`). */
  listKind?: string;
  /** The aggregatedList response's kind when it is not `<kind>AggregatedList`. */
  aggregatedListKind?: string;
  /** The array of a scoped list when it is not named after the type (`firewallPolicies`). */
  field?: string;
  /** The list response has no selfLink (FirewallPolicyList). */
  unlinkedList?: boolean;
}

/** A resource type name, also the key of its items in scoped lists and in ground truth. */
export type ResourceType = keyof typeof resourceTypes;

/** All resource types in a stable order. */
export const allResourceTypes = Object.keys(resourceTypes) as ResourceType[];

/** The collection serving the regional resources of a zonal type (`regionDisks` for disks), if it has any. */
export function regionalCollectionOf(type: ResourceType): string | undefined {
  const spec: ResourceTypeSpec = resourceTypes[type];
  return spec.regionalCollection;
}

/** True for the project itself: one object, stored under its own name in scope `global`, served only by get. */
export function isSingleton(type: ResourceType): boolean {
  const spec: ResourceTypeSpec = resourceTypes[type];
  return spec.singleton === true;
}

/** True when a regional type also holds global resources (its aggregatedList has a `global` scope). */
export function isAlsoGlobal(type: ResourceType): boolean {
  const spec: ResourceTypeSpec = resourceTypes[type];
  return spec.alsoGlobal === true;
}

/** The global type whose objects a regional type's aggregatedList also holds (`globalAddresses` for addresses). */
export function globalTwinOf(type: ResourceType): ResourceType | undefined {
  const spec: ResourceTypeSpec = resourceTypes[type];
  return spec.globalTwin as ResourceType | undefined;
}

/** True when `name` is a resource type the emulator serves. */
export function isResourceType(name: string): name is ResourceType {
  return Object.hasOwn(resourceTypes, name);
}

/** The `kind` of a list response: `compute#instance` → `compute#instanceList`. */
export function listKind(type: ResourceType): string {
  const spec: ResourceTypeSpec = resourceTypes[type];
  return spec.listKind ?? `${spec.kind}List`;
}

/** The `kind` of an aggregatedList response: `compute#instance` → `compute#instanceAggregatedList`. */
export function aggregatedListKind(type: ResourceType): string {
  const spec: ResourceTypeSpec = resourceTypes[type];
  return spec.aggregatedListKind ?? `${spec.kind}AggregatedList`;
}

/** The array of a scoped list in an aggregatedList: `instances`, or the type's `field`. */
export function scopedField(type: ResourceType): string {
  const spec: ResourceTypeSpec = resourceTypes[type];
  return spec.field ?? type;
}

/** True when the type's list response carries a selfLink (every one but FirewallPolicyList). */
export function listHasSelfLink(type: ResourceType): boolean {
  const spec: ResourceTypeSpec = resourceTypes[type];
  return spec.unlinkedList !== true;
}
