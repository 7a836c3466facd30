import { isDeepStrictEqual } from 'node:util';
import type { EmulatorControlClient, GroundTruth, MutationRequest } from '../emulator/index.js';
import { computeKinds, type ComputePlural } from '../gcp/compute/kinds.js';
import { serviceKinds } from '../gcp/services/kinds.js';
import { serviceObjectsById } from '../gcp/services/testing/truth-ids.js';

/** The resource types the store keeps: every Compute kind, by its ground-truth key (plural) and table. */
export const storedTypes: readonly { type: ComputePlural; table: string }[] = computeKinds.map((k) => ({
  type: k.plural,
  table: k.table,
}));

/** The Google services' kinds (GKE, Cloud SQL, Storage, IAM, Cloud Run), tracked by a log made `withServices`. */
export const serviceStoredTypes: readonly { type: string; table: string }[] = serviceKinds.map((k) => ({
  type: k.plural,
  table: k.table,
}));

/** Every version one object had over the snapshots, in order, and whether it is gone from the latest. */
export interface ObjectVersions {
  versions: unknown[];
  deleted: boolean;
}

/** The estate at one mutation round: resource ids per `project/type`, and when the round began. */
export interface TruthSnapshot {
  round: number;
  /** Wall clock just before the mutation call: the round may have begun from here on. */
  notBefore: number;
  /** Wall clock just after the call: the round had certainly begun. */
  notAfter: number;
  ids: Map<string, Set<string>>;
}

/**
 * The emulator's ground truth over time: a snapshot after every mutation round, so a deletion recorded at time t
 * can be judged against what existed at t. Mutate only through `mutate` so every round is recorded.
 */
export class TruthLog {
  readonly snapshots: TruthSnapshot[] = [];
  /** The latest ground truth per project, raw objects included. */
  latest = new Map<string, GroundTruth>();
  /** The latest services' ground truth per project (a log made `withServices`). */
  latestServices = new Map<string, Record<string, unknown[]>>();
  /** With `history`: every version of every object by `project/type`, then id, from the snapshots alone. */
  readonly versions: Map<string, Map<string, ObjectVersions>> | undefined;
  /** The types this log tracks: Compute's, and the services' when made `withServices`. */
  readonly types: readonly { type: string; table: string }[];

  constructor(
    private readonly control: EmulatorControlClient,
    readonly projects: string[],
    options: { withServices?: boolean; history?: boolean } = {},
  ) {
    this.types = options.withServices ? [...storedTypes, ...serviceStoredTypes] : storedTypes;
    this.versions = options.history ? new Map() : undefined;
  }

  /** The latest ground truth's objects of `type` in `project`, by the id the store keeps them under. */
  objects(project: string, type: string): Map<string, unknown> {
    const gt = this.latest.get(project);
    if (!gt || gt.forbidden) return new Map();
    const services = this.latestServices.get(project);
    if (services && serviceStoredTypes.some((t) => t.type === type))
      return serviceObjectsById(services, type);
    const objects = (gt.resources as unknown as Record<string, { id?: string | null }[]>)[type] ?? [];
    return new Map(objects.filter((o) => o.id).map((o) => [o.id!, o]));
  }

  /** Records the starting estate (round 0, valid since the beginning of time). */
  async init(): Promise<void> {
    await this.snapshot(0, 0);
  }

  /** Applies a mutation round and records the estate after it. */
  async mutate(request: MutationRequest): Promise<void> {
    const notBefore = Date.now();
    await this.control.mutate(request);
    await this.snapshot(notBefore, Date.now());
  }

  /**
   * Records the estate now when something else may have changed it since `since` (an emulator fault that deletes
   * or creates resources mid-listing): the change is taken to have happened anywhere in [since, now].
   */
  async observe(since: number): Promise<void> {
    await this.snapshot(since, Date.now());
  }

  /** The snapshot in force at wall-clock time t, taking the earliest (`early`) or latest possible start of rounds. */
  at(t: number, early: boolean): TruthSnapshot {
    let found = this.snapshots[0]!;
    for (const s of this.snapshots) if ((early ? s.notBefore : s.notAfter) <= t) found = s;
    return found;
  }

  private async snapshot(notBefore: number, notAfter: number): Promise<void> {
    const ids = new Map<string, Set<string>>();
    let round = 0;
    for (const project of this.projects) {
      const truth = await this.control.groundTruth(project);
      round = truth.round;
      this.latest.set(project, truth);
      if (this.types !== storedTypes)
        this.latestServices.set(project, await this.control.serviceTruth(project));
      for (const { type } of this.types) {
        const objects = this.objects(project, type);
        ids.set(`${project}/${type}`, new Set(objects.keys()));
        if (this.versions) this.observeVersions(`${project}/${type}`, objects);
      }
    }
    this.snapshots.push({ round, notBefore, notAfter: Math.max(notAfter, notBefore), ids });
  }

  private observeVersions(key: string, objects: Map<string, unknown>): void {
    const versions = this.versions!.get(key) ?? new Map<string, ObjectVersions>();
    this.versions!.set(key, versions);
    for (const [id, object] of objects) {
      const entry = versions.get(id) ?? { versions: [], deleted: false };
      if (entry.deleted || !isDeepStrictEqual(entry.versions.at(-1), object)) entry.versions.push(object);
      entry.deleted = false;
      versions.set(id, entry);
    }
    for (const [id, entry] of versions) if (!objects.has(id)) entry.deleted = true;
  }
}
