import { LatencyModel } from './latency-model.js';
import { withJournal, type Estate } from './estate.js';
import { applyOps, type MutationOp } from './explicit-mutations.js';
import { FaultInjector } from './faults.js';
import type { FeedPublisher } from './feed-publisher.js';
import { applyRound, type SeededRound } from './mutation-round.js';
import type { MutationChange } from './project-edits.js';
import { derivePrng } from './prng.js';
import { mutateServices, type ServiceChange } from './services/mutate-services.js';

/** The outcome of one mutation round. */
export interface MutationResult {
  round: number;
  changes: MutationChange[];
  /** Changes to the services beyond Compute (seeded rounds of projects that have them). */
  serviceChanges?: ServiceChange[];
}

/** A mutation request: a seeded round, or explicit operations (applied together as one round). */
export type MutationRequest = { round: SeededRound } | { ops: MutationOp[] };

const roundZeroMs = Date.UTC(2024, 5, 1);

/** Everything a running emulator knows: the estate at the current round, faults, quotas and request counts. */
export class EmulatorState {
  estate: Estate;
  round = 0;
  faults: FaultInjector;
  /** The latency every Compute call is given (none unless set). */
  latency: LatencyModel;
  /** Calls per project × method (e.g. `instances.aggregatedList`). */
  readonly counts = new Map<string, Map<string, number>>();
  /** Publishes a Cloud Asset feed message per change a mutation applies, when a feed topic is configured. */
  feed: FeedPublisher | undefined;

  /** `build` makes the round-0 estate; reset calls it again. */
  constructor(private readonly build: () => Estate) {
    this.estate = build();
    this.faults = new FaultInjector(this.estate.seed);
    this.latency = new LatencyModel('none', this.estate.seed);
  }

  /** Applies a mutation request as the next round; the clock of created resources advances an hour a round. */
  mutate(request: MutationRequest): MutationResult {
    const round = this.round + 1;
    const nowMs = roundZeroMs + round * 3_600_000;
    const at = new Date();
    const { result: changes, journal } = withJournal(() =>
      'ops' in request
        ? applyOps(this.estate, request.ops, derivePrng(this.estate.seed, 'ops', round), nowMs)
        : applyRound(this.estate, round, request.round, nowMs),
    );
    this.round = round;
    this.feed?.publishChanges((id) => this.estate.project(id), changes, journal, at);
    const serviceChanges = 'round' in request ? mutateServices(this.estate, round, request.round, nowMs) : [];
    return { round, changes, ...(serviceChanges.length ? { serviceChanges } : {}) };
  }

  count(project: string, method: string): void {
    let perProject = this.counts.get(project);
    if (!perProject) this.counts.set(project, (perProject = new Map<string, number>()));
    perProject.set(method, (perProject.get(method) ?? 0) + 1);
  }

  /** Request counts as plain JSON: `{ [project]: { [method]: n } }`. */
  countsJson(): Record<string, Record<string, number>> {
    return Object.fromEntries([...this.counts].map(([p, m]) => [p, Object.fromEntries(m)]));
  }

  /** Back to round 0: the estate is rebuilt, counters, faults and quotas cleared. */
  reset(): void {
    this.estate = this.build();
    this.round = 0;
    this.counts.clear();
    this.faults = new FaultInjector(this.estate.seed);
    this.latency = new LatencyModel('none', this.estate.seed);
  }
}
