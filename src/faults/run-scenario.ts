import { clean } from './invariants.js';
import type { Lab } from './lab.js';
import type { Scale, Scenario, ScenarioResult } from './scenario.js';

/** Runs one scenario and judges it: pass when the store is clean and recovered and nothing else went wrong. */
export async function runScenario(lab: Lab, scenario: Scenario, scale: Scale): Promise<ScenarioResult> {
  const started = Date.now();
  const base = {
    name: scenario.name,
    title: scenario.title,
    ...(scenario.knownFailure ? { knownFailure: scenario.knownFailure } : {}),
  };
  const reason = scenario.unavailable?.();
  if (reason) return { ...base, status: 'unavailable', reason, durationMs: 0 };
  try {
    const outcome = await scenario.run(lab, scale);
    const ok = clean(outcome.report) && outcome.recoveryMs !== undefined && outcome.problems.length === 0;
    return { ...base, status: ok ? 'pass' : 'fail', outcome, durationMs: Date.now() - started };
  } catch (err) {
    return {
      ...base,
      status: 'error',
      reason: (err as Error).stack ?? String(err),
      durationMs: Date.now() - started,
    };
  }
}
