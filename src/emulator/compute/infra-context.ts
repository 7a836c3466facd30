import type { compute_v1 } from '@googleapis/compute';
import { parseStored, type ProjectState, type StoredResource } from '../estate.js';
import type { ProjectContext } from './generate-network.js';
import { derivePrng } from '../prng.js';

/** Per-project counts of the infrastructure types generated after instances, disks and networks. */
export interface InfraCounts {
  instanceTemplates: number;
  instanceGroupManagersPerZone: number;
  regionalInstanceGroupManagersPerRegion: number;
  images: number;
  snapshots: number;
  machineImages: number;
  resourcePoliciesPerRegion: number;
  vpnGatewaysPerRegion: number;
  vpnTunnelsPerGateway: number;
  interconnectAttachmentsPerRegion: number;
}

/** What the infra generators read and write: the project so far, and a PRNG of their own per part. */
export interface InfraContext {
  state: ProjectState;
  counts: InfraCounts;
  /** A context whose PRNG is derived for `part`, so each part draws independently of every other. */
  part(part: string): ProjectContext;
}

/** Builds the infra context of a project; its draws never touch the PRNG of the existing generators. */
export function infraContext(
  seed: number | string,
  base: Omit<ProjectContext, 'prng'>,
  state: ProjectState,
  counts: InfraCounts,
): InfraContext {
  return {
    state,
    counts,
    part: (part) => ({ ...base, prng: derivePrng(seed, 'infra', base.project, part) }),
  };
}

/** The stored object, parsed. */
export function objectOf<T>(resource: StoredResource | undefined): T | undefined {
  return resource ? parseStored<T>(resource) : undefined;
}

/** Where a NIC in `region` attaches: the first network and its subnetwork there, if the project has any. */
export function nicTargetIn(
  state: ProjectState,
  region: string,
): { network: string; subnetwork?: string } | undefined {
  const subnet = objectOf<compute_v1.Schema$Subnetwork>(
    state.collections.subnetworks.inScope(`regions/${region}`)[0],
  );
  if (subnet?.network && subnet.selfLink) return { network: subnet.network, subnetwork: subnet.selfLink };
  const network = objectOf<compute_v1.Schema$Network>(state.collections.networks.all()[0]);
  return network?.selfLink ? { network: network.selfLink } : undefined;
}
