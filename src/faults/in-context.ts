import type { Lab } from './lab.js';
import { ScenarioContext, type ContextOptions } from './scenario-context.js';
import type { ScenarioOutcome } from './scenario.js';

/** What a scenario body reports back: when its faults ended, and any problem it found itself. */
export interface BodyResult {
  faultEndedAt: number;
  problems?: string[];
  /** Projects the invariants are checked on (default every project of the estate). */
  checked?: string[];
}

/** Runs a scenario body in a fresh context, then converges and measures; the context is always closed. */
export async function inContext(
  lab: Lab,
  options: ContextOptions,
  body: (ctx: ScenarioContext) => Promise<BodyResult>,
): Promise<ScenarioOutcome> {
  const ctx = await ScenarioContext.create(lab, options);
  try {
    const { faultEndedAt, problems = [], checked } = await body(ctx);
    const { report, recoveryMs } = await ctx.converge(faultEndedAt, checked);
    return {
      runs: ctx.runs,
      failedRuns: ctx.failedRuns,
      faults: ctx.faults,
      report,
      ...(recoveryMs === undefined ? {} : { recoveryMs }),
      notes: ctx.notes,
      problems,
    };
  } finally {
    await ctx.close();
  }
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** A small estate of `n` projects named after the scenario. */
export function estate(
  name: string,
  n: number,
  counts: { instances: number; disks?: number; networks?: number; zones?: number },
) {
  return {
    seed: name,
    projects: Array.from({ length: n }, (_, i) => `${name}-${i + 1}`),
    zones: counts.zones ?? 2,
    instances: counts.instances,
    disks: counts.disks ?? Math.ceil(counts.instances / 3),
    networks: counts.networks ?? 2,
  };
}
