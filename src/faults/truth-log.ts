import type { EmulatorControlClient, GroundTruth, MutationRequest } from '../emulator/index.js';
import { computeKinds, type ComputePlural } from '../gcp/compute/kinds.js';

/** The resource types the store keeps: every registry kind, by its ground-truth key (plural) and table. */
export const storedTypes: readonly { type: ComputePlural; table: string }[] = computeKinds.map((k) => ({
  type: k.plural,
  table: k.table,
}));

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

  constructor(
    private readonly control: EmulatorControlClient,
    readonly projects: string[],
  ) {}

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
      for (const { type } of storedTypes) {
        const set = new Set<string>();
        if (!truth.forbidden) for (const r of truth.resources[type]) if (r.id) set.add(r.id);
        ids.set(`${project}/${type}`, set);
      }
    }
    this.snapshots.push({ round, notBefore, notAfter: Math.max(notAfter, notBefore), ids });
  }
}
