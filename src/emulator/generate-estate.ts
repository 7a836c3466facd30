import { generateNetworkPolicies } from './compute/generate-firewall-policies.js';
import { generateSecureTags } from './compute/generate-secure-tags.js';
import { Estate, ProjectState } from './estate.js';
import { generateComputeSide, type ComputeCounts } from './compute/generate-compute.js';
import { defaultInfraCounts, generateInfraSide, type InfraCounts } from './compute/generate-infra.js';
import {
  generateLoadBalancing,
  type LbEstate,
  type LoadBalancingCounts,
} from './compute/generate-load-balancing.js';
import { assignUnmanagedMembers } from './compute/group-members.js';
import { generateProxyTargets } from './compute/generate-proxy-targets.js';
import { generateNetworkSide, type NetworkCounts, type ProjectContext } from './compute/generate-network.js';
import { derivePrng } from './prng.js';
import { regionOfZone, zoneUrl } from './compute/urls.js';
import { knownZones } from './compute/values.js';
import { Hierarchy, defaultServices, defaultProject } from './resource-manager/hierarchy.js';
import { defaultServiceCounts, generateServices, type ServiceCounts } from './services/generate-services.js';
import { serviceApis } from './services/service-objects.js';

/** Per-project resource counts of a generated estate. */
export type EstateCounts = ComputeCounts & NetworkCounts & LoadBalancingCounts & InfraCounts;

/** Per-project deviations: e.g. `{ zones: ['us-central1-a'], instances: 50000 }` is one huge zone. */
export interface ProjectOverride extends Partial<EstateCounts> {
  /** Generate its GKE, Cloud SQL, Storage and IAM objects (and enable those services). */
  withServices?: boolean;
  zones?: string[];
  /** The project answers 403 to every call. */
  forbidden?: boolean;
}

/** Options of the deterministic generator; the same options always yield the same estate. */
export interface GeneratorOptions extends Partial<EstateCounts> {
  seed?: number | string;
  /** A count (ids `hotpot-demo-001`…) or explicit project ids. */
  projects?: number | string[];
  /** A count (the first N of a realistic list) or explicit zone names. */
  zones?: number | string[];
  overrides?: Record<string, ProjectOverride>;
  /** Every project gets GKE, Cloud SQL, Storage and IAM objects, and those services enabled (default false). */
  withServices?: boolean;
  /** Sizes of the services beyond Compute (defaultServiceCounts). */
  serviceCounts?: Partial<ServiceCounts>;
}

/** Defaults: modest estates that still exercise every resource type and cross-reference. */
export const defaultCounts: EstateCounts = {
  instances: 20,
  disks: 10,
  instanceGroupsPerZone: 1,
  networks: 2,
  subnetworksPerRegion: 1,
  firewallsPerNetwork: 2,
  addressesPerRegion: 2,
  globalAddresses: 1,
  routersPerRegion: 1,
  ...defaultInfraCounts,
  loadBalancersPerRegion: 1,
  globalLoadBalancers: 1,
};

/** The project ids a `projects` option stands for. */
export function projectIds(projects: number | string[] | undefined): string[] {
  if (Array.isArray(projects)) return projects;
  const n = projects ?? 3;
  return Array.from({ length: n }, (_, i) => `hotpot-demo-${String(i + 1).padStart(3, '0')}`);
}

/** The zones a `zones` option stands for. */
export function zoneNames(zones: number | string[] | undefined): string[] {
  if (Array.isArray(zones)) return zones;
  const n = zones ?? 4;
  if (n > knownZones.length)
    throw new Error(`At most ${knownZones.length} generated zones are known; pass zone names instead`);
  return knownZones.slice(0, n);
}

/** Generates an estate from a seed and sizes. */
export function generateEstate(options: GeneratorOptions = {}): Estate {
  const seed = options.seed ?? 1;
  const estate = new Estate(seed);
  const zones = zoneNames(options.zones);
  for (const id of projectIds(options.projects)) {
    const override = options.overrides?.[id] ?? {};
    const counts: EstateCounts = {
      ...defaultCounts,
      ...stripUndefined(options),
      ...stripUndefined(override),
    } as EstateCounts;
    const services =
      (override.withServices ?? options.withServices)
        ? { ...defaultServiceCounts, ...options.serviceCounts }
        : undefined;
    estate.add(id, () =>
      generateProject(seed, id, override.zones ?? zones, counts, override.forbidden ?? false, services),
    );
  }
  const withServices = projectIds(options.projects).filter(
    (id) => options.overrides?.[id]?.withServices ?? options.withServices,
  );
  if (withServices.length) {
    const h = new Hierarchy();
    for (const id of estate.projectIds()) {
      const enabled = withServices.includes(id)
        ? [...defaultServices, ...Object.values(serviceApis)]
        : defaultServices;
      h.addProject(defaultProject(id, { services: new Set(enabled) }));
    }
    estate.hierarchy = h;
  }
  return estate;
}

/** Generates one project; independent of the other projects, so each is stable under estate size changes. */
export function generateProject(
  seed: number | string,
  id: string,
  zones: string[],
  counts: EstateCounts,
  forbidden: boolean,
  services?: ServiceCounts,
): ProjectState {
  const prng = derivePrng(seed, 'project', id);
  const state = new ProjectState(id, zones, forbidden);
  const ctx: ProjectContext = {
    project: id,
    projectNumber: String(100_000_000_000 + prng.int(0, 899_999_999_999)),
    zones,
    regions: [...new Set(zones.map(regionOfZone))],
    prng,
  };
  const net = generateNetworkSide(ctx, counts);
  for (const n of net.networks) state.putObject('networks', n);
  for (const s of net.subnetworks) state.putObject('subnetworks', s);
  for (const f of net.firewalls) state.putObject('firewalls', f);
  for (const r of net.routers) state.putObject('routers', r);
  for (const a of net.addresses) state.putObject('addresses', a);
  for (const a of net.globalAddresses) state.putObject('globalAddresses', a);
  generateComputeSide(ctx, counts, net, (type, resource) => state.putObject(type, resource));
  assignUnmanagedMembers(state);
  const lb = { ...ctx, prng: derivePrng(seed, 'load-balancing', id) };
  generateLoadBalancing(lb, counts, net, lbEstate(state, net), (type, r) => state.putObject(type, r));
  const targets = { ...ctx, prng: derivePrng(seed, 'proxy-targets', id) };
  generateProxyTargets(targets, counts, net, lbEstate(state, net), (type, r) => state.putObject(type, r));
  generateInfraSide(seed, ctx, counts, state);
  generateNetworkPolicies(seed, state);
  generateSecureTags(seed, state);
  if (services) {
    const sctx = { ...ctx, prng: derivePrng(seed, 'services', id) };
    state.services = generateServices(sctx, services, net, (instance, boot) => {
      state.putObject('disks', boot);
      state.putObject('instances', instance);
    });
  }
  return state;
}

/** What load balancers may refer to: a few instances and the instance groups of each zone, global IPs. */
function lbEstate(state: ProjectState, net: ReturnType<typeof generateNetworkSide>): LbEstate {
  const urls = (type: 'instances' | 'instanceGroups', zone: string) =>
    state.collections[type]
      .inScope(`zones/${zone}`)
      .slice(0, 4)
      .map((r) => `${zoneUrl(state.id, zone)}/${type}/${r.name}`);
  return {
    instancesIn: (zone) => urls('instances', zone),
    groupsIn: (zone) => urls('instanceGroups', zone),
    globalIps: net.globalAddresses.map((a) => a.address ?? ''),
  };
}

function stripUndefined(o: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(o).filter(
      ([k, v]) =>
        v !== undefined &&
        k !== 'zones' &&
        k !== 'projects' &&
        k !== 'seed' &&
        k !== 'overrides' &&
        k !== 'withServices' &&
        k !== 'serviceCounts' &&
        k !== 'forbidden',
    ),
  );
}
