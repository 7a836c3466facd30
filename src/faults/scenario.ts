import type { InvariantReport } from './invariants.js';
import type { Lab } from './lab.js';

/** `small`: tiny estates and few faults, for CI; `full`: the figures in docs/reliability.md. */
export type Scale = 'small' | 'full';

/** What a scenario measured. */
export interface ScenarioOutcome {
  runs: number;
  failedRuns: number;
  faults: number;
  report: InvariantReport;
  /** From the end of the faults to the store equalling the ground truth; undefined when it never did. */
  recoveryMs?: number;
  notes: string[];
  /** Failures besides the store's invariants (a leaked secret, a project that should have failed); any fails it. */
  problems: string[];
}

/** One fault scenario: a small module that builds its world in the lab, injects its faults, and measures. */
export interface Scenario {
  name: string;
  /** One line for the table and docs. */
  title: string;
  /** Why the scenario cannot run yet (a fault kind or function not merged), or undefined when it can. */
  unavailable?(): string | undefined;
  /** It stops or restarts the lab's shared PostgreSQL or Temporal, so it must run alone. */
  exclusive?: boolean;
  /** Why the engine is known to fail it today (the fix it waits for); CI reports it as a todo, not a failure. */
  knownFailure?: string;
  run(lab: Lab, scale: Scale): Promise<ScenarioOutcome>;
}

/** A scenario's row in the table. */
export interface ScenarioResult {
  name: string;
  title: string;
  status: 'pass' | 'fail' | 'unavailable' | 'error';
  outcome?: ScenarioOutcome;
  reason?: string;
  knownFailure?: string;
  durationMs: number;
}
