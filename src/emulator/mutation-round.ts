import type { compute_v1 } from '@googleapis/compute';
import { parseStored, type Estate, type ProjectState, type StoredResource } from './estate.js';
import { applyOps, type MutationOp } from './explicit-mutations.js';
import { makeDisk, makeInstance } from './compute/generate-compute.js';
import { makeNetwork, type ProjectContext } from './compute/generate-network.js';
import {
  infraMutableTypes,
  isInfraMutable,
  mutateInfra,
  type InfraMutableType,
} from './compute/mutate-infra.js';
import { allLoadBalancingTypes, type LoadBalancingType } from './compute/load-balancing-types.js';
import { isLoadBalancingType, mutateLoadBalancing } from './compute/mutate-load-balancing.js';
import {
  isPolicyMutable,
  mutatePolicy,
  policyMutableTypes,
  type PolicyMutableType,
} from './compute/mutate-firewall-policies.js';
import { mutateSecureTags } from './compute/generate-secure-tags.js';
import { replaceResource, type MutationChange } from './project-edits.js';
import { derivePrng, type Prng } from './prng.js';
import { lastSegment, regionOfZone } from './compute/urls.js';
import { publicIp, rfc3339 } from './compute/values.js';

/** The resource types a seeded round mutates. */
export type MutableType =
  | 'instances'
  | 'disks'
  | 'networks'
  | LoadBalancingType
  | InfraMutableType
  | PolicyMutableType;

/** A seeded round: touches `percent` % of each type in each project (creates, modifies, deletes, recreates). */
export interface SeededRound {
  percent: number;
  /** Mixed into the estate seed; the same estate, round number and seed give the same changes. */
  seed?: number | string;
  types?: MutableType[];
  projects?: string[];
}

type Action = 'create' | 'update' | 'delete' | 'recreate';

const defaultMutableTypes: MutableType[] = [
  'instances',
  'disks',
  'networks',
  ...allLoadBalancingTypes,
  ...infraMutableTypes,
  ...policyMutableTypes,
];

/**
 * Applies one seeded round as round number `round`; deterministic in (estate seed, round, options). Organizations
 * and folders (their hierarchical firewall policies) are mutated like projects; `projects` may name them.
 */
export function applyRound(
  estate: Estate,
  round: number,
  options: SeededRound,
  nowMs: number,
): MutationChange[] {
  const changes: MutationChange[] = [];
  for (const id of options.projects ?? estate.projectIds()) {
    const project = estate.project(id);
    if (project && !project.forbidden) changes.push(...mutateScope(estate, project, round, options, nowMs));
  }
  const types = options.types ?? defaultMutableTypes;
  if (types.includes('firewallPolicies'))
    for (const id of estate.nodeIds()) {
      const node = estate.node(id);
      if (node && (options.projects?.includes(id) ?? true))
        changes.push(...mutateScope(estate, node, round, { ...options, types: ['firewallPolicies'] }, nowMs));
    }
  return changes;
}

function mutateScope(
  estate: Estate,
  project: ProjectState,
  round: number,
  options: SeededRound,
  nowMs: number,
): MutationChange[] {
  const changes: MutationChange[] = [];
  for (const type of options.types ?? defaultMutableTypes) {
    const prng = derivePrng(estate.seed, 'round', round, options.seed ?? '', project.id, type);
    const size = project.collections[type].size;
    const n = options.percent <= 0 ? 0 : Math.max(1, Math.round((size * options.percent) / 100));
    const touched = new Set<string>();
    for (let k = 0; k < n; k++) {
      const action = pickAction(prng);
      const pool = project.collections[type].all().filter((r) => !touched.has(`${r.scope}/${r.name}`));
      const target = pool.length ? prng.pick(pool) : undefined;
      const made = mutate(estate, project, type, action, target, { prng, round, k, nowMs });
      for (const c of made) touched.add(`${c.scope}/${c.name}`);
      changes.push(...made);
    }
    if (type === 'instances' && options.percent > 0) {
      const tagPrng = derivePrng(estate.seed, 'round', round, options.seed ?? '', project.id, 'secure-tags');
      const m = Math.max(1, Math.round((project.collections.instances.size * options.percent) / 100));
      changes.push(...mutateSecureTags(estate.seed, project, tagPrng, m));
    }
  }
  return changes;
}

function pickAction(prng: Prng): Action {
  const x = prng.next();
  return x < 0.2 ? 'create' : x < 0.7 ? 'update' : x < 0.85 ? 'delete' : 'recreate';
}

interface Step {
  prng: Prng;
  round: number;
  k: number;
  nowMs: number;
}

function mutate(
  estate: Estate,
  project: ProjectState,
  type: MutableType,
  action: Action,
  target: StoredResource | undefined,
  step: Step,
): MutationChange[] {
  if (isInfraMutable(type)) return mutateInfra(estate, project, type, action, target, step);
  if (isPolicyMutable(type)) return mutatePolicy(project, type, action, target, step);
  if (isLoadBalancingType(type)) return mutateLoadBalancing(estate, project, type, action, target, step);
  if (action === 'create' || !target) return create(project, type, step);
  const ref = { project: project.id, type, name: target.name, location: lastSegment(target.scope) };
  const inUse =
    (type === 'disks' && target.json.includes('"users":')) ||
    (type === 'networks' && networkInUse(project, target));
  if (
    (action === 'delete' || action === 'recreate') &&
    !(type === 'disks' && inUse) &&
    !(action === 'delete' && inUse)
  ) {
    return applyOps(estate, [{ op: action, ...ref } as MutationOp], step.prng, step.nowMs);
  }
  return [modify(project, type, target, step.prng)];
}

function create(project: ProjectState, type: MutableType, { prng, round, k, nowMs }: Step): MutationChange[] {
  const ctx: ProjectContext = {
    project: project.id,
    projectNumber: '100000000000',
    zones: project.zones,
    regions: project.regions,
    prng,
  };
  const name = `${type === 'instances' ? 'vm' : type === 'disks' ? 'disk' : 'vpc'}-r${round}-${k}`;
  const change = (t: MutableType, n: string, scope: string): MutationChange => ({
    op: 'create',
    project: project.id,
    type: t,
    name: n,
    scope,
  });
  if (type === 'networks') {
    project.putObject('networks', { ...makeNetwork(ctx, name), creationTimestamp: rfc3339(nowMs) });
    return [change('networks', name, 'global')];
  }
  if (project.zones.length === 0) return [];
  const zone = prng.pick(project.zones);
  if (type === 'disks') {
    project.putObject('disks', {
      ...makeDisk(ctx, name, zone, false, []),
      creationTimestamp: rfc3339(nowMs),
    });
    return [change('disks', name, `zones/${zone}`)];
  }
  const subnetAt = project.collections.subnetworks.inScope(`regions/${regionOfZone(zone)}`)[0];
  const subnet = subnetAt ? parseStored<compute_v1.Schema$Subnetwork>(subnetAt) : undefined;
  const networkAt = project.collections.networks.all()[0];
  const network =
    subnet?.network ?? (networkAt ? parseStored<compute_v1.Schema$Network>(networkAt).selfLink : undefined);
  const target = network
    ? { network, ...(subnet?.selfLink ? { subnetwork: subnet.selfLink } : {}), prefix: '10.128.0' }
    : undefined;
  const { instance, boot } = makeInstance(ctx, name, zone, network ? 1 : 0, () => target);
  project.putObject('disks', { ...boot, creationTimestamp: rfc3339(nowMs) });
  project.putObject('instances', { ...instance, creationTimestamp: rfc3339(nowMs) });
  return [change('disks', boot.name ?? '', `zones/${zone}`), change('instances', name, `zones/${zone}`)];
}

function modify(project: ProjectState, type: MutableType, at: StoredResource, prng: Prng): MutationChange {
  const r = parseStored<Record<string, unknown>>(at);
  if (type === 'instances') modifyInstance(r as compute_v1.Schema$Instance, prng);
  else if (type === 'disks') {
    const disk = r as compute_v1.Schema$Disk;
    disk.sizeGb = String(Number(disk.sizeGb ?? '10') + prng.int(1, 10) * 10);
    disk.labels = { ...disk.labels, tier: prng.pick(['gold', 'silver', 'bronze']) };
    disk.labelFingerprint = prng.base64();
  } else {
    const network = r as compute_v1.Schema$Network;
    network.description = `changed in a mutation round (${prng.uint32()})`;
    network.mtu = network.mtu === 1460 ? 1500 : 1460;
  }
  replaceResource(project, type, at, r);
  return { op: 'update', project: project.id, type, name: at.name, scope: at.scope };
}

function modifyInstance(instance: compute_v1.Schema$Instance, prng: Prng): void {
  const variant = prng.int(0, 3);
  const nic = instance.networkInterfaces?.[0];
  if (variant === 0 && nic) {
    const nat = nic.accessConfigs?.[0];
    if (nat) nat.natIP = publicIp(prng);
    else
      nic.accessConfigs = [
        {
          kind: 'compute#accessConfig',
          type: 'ONE_TO_ONE_NAT',
          name: 'External NAT',
          natIP: publicIp(prng),
          networkTier: 'PREMIUM',
        },
      ];
    nic.fingerprint = prng.base64();
  } else if (variant === 1) {
    instance.labels = {
      ...instance.labels,
      env: prng.pick(['prod', 'staging', 'dev', 'qa']),
      rev: String(prng.int(1, 999)),
    };
    instance.labelFingerprint = prng.base64();
  } else if (variant === 2) {
    instance.status = instance.status === 'RUNNING' ? 'TERMINATED' : 'RUNNING';
  } else {
    const items = instance.metadata?.items ?? [];
    items.push({ key: `note-${prng.int(1, 9999)}`, value: 'set by a mutation round' });
    instance.metadata = { ...instance.metadata, items, fingerprint: prng.base64() };
  }
  instance.fingerprint = prng.base64();
}

function networkInUse(project: ProjectState, network: StoredResource): boolean {
  const needle = Buffer.from(`"${parseStored<compute_v1.Schema$Network>(network).selfLink ?? ''}"`);
  const { subnetworks, firewalls, routers, instances, instanceGroups, addresses } = project.collections;
  return [subnetworks, firewalls, routers, instances, instanceGroups, addresses].some((c) =>
    c.all().some((r) => r.json.includes(needle)),
  );
}
