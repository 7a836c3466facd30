import { controlCall } from './control-call.js';
import type { FeedFaults, FeedStats } from './feed-publisher.js';
import type { LatencyModelName } from './latency-model.js';
import type { compute_v1 } from '@googleapis/compute';
import type { MutationRequest, MutationResult } from './emulator-state.js';
import type { GroupMemberList } from './compute/group-members.js';
import type { InstanceTagBindingList } from './compute/tag-bindings.js';
import type { LoadBalancingResources } from './compute/load-balancing-types.js';
import type { MutationOp } from './explicit-mutations.js';
import type { ActiveFault, FaultSpec } from './faults.js';
import type { SeededRound } from './mutation-round.js';

/** The ground truth of one project at the current round: every resource by type, as the API renders it. */
export interface GroundTruth {
  projectId: string;
  round: number;
  forbidden: boolean;
  zones: string[];
  regions: string[];
  resources: {
    instances: compute_v1.Schema$Instance[];
    disks: compute_v1.Schema$Disk[];
    instanceGroups: compute_v1.Schema$InstanceGroup[];
    subnetworks: compute_v1.Schema$Subnetwork[];
    addresses: compute_v1.Schema$Address[];
    routers: compute_v1.Schema$Router[];
    networks: compute_v1.Schema$Network[];
    firewalls: compute_v1.Schema$Firewall[];
    globalAddresses: compute_v1.Schema$Address[];
    instanceGroupManagers: compute_v1.Schema$InstanceGroupManager[];
    instanceTemplates: compute_v1.Schema$InstanceTemplate[];
    images: compute_v1.Schema$Image[];
    snapshots: compute_v1.Schema$Snapshot[];
    machineImages: compute_v1.Schema$MachineImage[];
    vpnGateways: compute_v1.Schema$VpnGateway[];
    vpnTunnels: compute_v1.Schema$VpnTunnel[];
    interconnectAttachments: compute_v1.Schema$InterconnectAttachment[];
    resourcePolicies: compute_v1.Schema$ResourcePolicy[];
    targetVpnGateways: compute_v1.Schema$TargetVpnGateway[];
    packetMirrorings: compute_v1.Schema$PacketMirroring[];
    interconnects: compute_v1.Schema$Interconnect[];
    /** Each zonal instance group's member list (`instanceGroups.listInstances`), as Hotpot stores it. */
    instanceGroupMembers: GroupMemberList[];
    /** Each instance's secure tag bindings (`tagBindings.list` per instance), as Hotpot stores them. */
    instanceTagBindings: InstanceTagBindingList[];
    /** The project itself (`GET projects/{p}`): exactly one object. */
    projects: compute_v1.Schema$Project[];
    networkFirewallPolicies: compute_v1.Schema$FirewallPolicy[];
    regionNetworkFirewallPolicies: compute_v1.Schema$FirewallPolicy[];
    /** Hierarchical policies: in a project's truth always empty (they belong to organizations and folders). */
    firewallPolicies: compute_v1.Schema$FirewallPolicy[];
  } & LoadBalancingResources;
}

/** Calls per project × method: `{ 'hotpot-demo-001': { 'instances.aggregatedList': 3 } }`. */
export type RequestCounts = Record<string, Record<string, number>>;

/** A typed client for the emulator's control API (`/_emulator/…`, see docs/emulator.md). */
export class EmulatorControlClient {
  private readonly base: string;

  /** `url` is the emulator's base URL, e.g. `http://127.0.0.1:8085`. */
  constructor(url: string) {
    this.base = `${url.replace(/\/+$/, '')}/_emulator`;
  }

  /** The estate's project ids, in order. */
  projects(): Promise<string[]> {
    return this.call('GET', '/projects');
  }

  /** Every resource of a project at the current round. */
  groundTruth(projectId: string): Promise<GroundTruth> {
    return this.call('GET', `/projects/${encodeURIComponent(projectId)}/state`);
  }

  /** A project's GKE, Cloud SQL, Storage and IAM objects by Hotpot kind plural, exactly as their APIs serve them. */
  serviceTruth(projectId: string): Promise<Record<string, Record<string, unknown>[]>> {
    return this.call('GET', `/services/${encodeURIComponent(projectId)}`);
  }

  /** The current mutation round (0 after start or reset). */
  async round(): Promise<number> {
    return (await this.call<{ round: number }>('GET', '/round')).round;
  }

  /** Applies a seeded round or explicit operations as the next round. */
  mutate(request: MutationRequest): Promise<MutationResult> {
    return this.call('POST', '/mutations', request);
  }

  /** Seeded round shorthand: `mutateRound({ percent: 1 })` touches 1% of instances, disks and networks. */
  mutateRound(round: SeededRound): Promise<MutationResult> {
    return this.mutate({ round });
  }

  /** Explicit operations shorthand, applied together as one round. */
  applyOps(ops: MutationOp[]): Promise<MutationResult> {
    return this.mutate({ ops });
  }

  /** Adds a fault; it stays until clearFaults or reset (or its count runs out). */
  setFault(spec: FaultSpec): Promise<ActiveFault> {
    return this.call('POST', '/faults', spec);
  }

  /** Active faults and quotas. */
  faults(): Promise<{ faults: ActiveFault[]; quotas: Record<string, number> }> {
    return this.call('GET', '/faults');
  }

  /** Removes every fault and quota. */
  async clearFaults(): Promise<void> {
    await this.call('DELETE', '/faults');
  }

  /** Limits a project (`*`: each project) to requestsPerMinute, answered beyond with 403 rateLimitExceeded; null lifts it. */
  async setQuota(projectId: string, requestsPerMinute: number | null): Promise<void> {
    await this.call('PUT', `/quotas/${encodeURIComponent(projectId)}`, { requestsPerMinute });
  }

  /** Compute API calls received per project × method since start or the last reset. */
  /** Sets the change feed's delays, duplicates and reordering (the emulator must have a feed topic). */
  setFeedFaults(faults: Partial<FeedFaults>): Promise<{ faults: FeedFaults }> {
    return this.call('PUT', '/feed/faults', faults);
  }

  /** The change feed's faults and what it published so far. */
  feed(): Promise<{ faults: FeedFaults; stats: FeedStats }> {
    return this.call('GET', '/feed');
  }

  requestCounts(): Promise<RequestCounts> {
    return this.call('GET', '/requests');
  }

  /** Gives every Compute call a latency drawn from `model` (`google`: log-normal, see latency-model.ts), or none. */
  async setLatency(model: LatencyModelName): Promise<void> {
    await this.call('PUT', '/latency', { model });
  }

  /** The latency model in use and the delay it gave each project × method since it was set or cleared. */
  latency(): Promise<{ model: LatencyModelName; givenMs: Record<string, Record<string, number>> }> {
    return this.call('GET', '/latency');
  }

  /** Zeroes the request counts only. */
  async clearRequestCounts(): Promise<void> {
    await this.call('DELETE', '/requests');
  }

  /** Back to round 0: estate rebuilt, counts, faults and quotas cleared. */
  async reset(): Promise<void> {
    await this.call('POST', '/reset');
  }

  private call<T>(method: string, path: string, body?: unknown): Promise<T> {
    return controlCall<T>('Emulator', this.base, method, path, body);
  }
}
