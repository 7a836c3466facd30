import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startLab, type Lab } from './lab.js';
import { postgresBinDir } from './pg-cluster.js';
import { runScenario } from './run-scenario.js';
import type { Scenario } from './scenario.js';
import { scenarios } from './scenarios/index.js';

/** Why the fault scenarios cannot run here (no PostgreSQL binaries to initdb a private cluster), or false. */
function missingPostgres(): string | false {
  try {
    postgresBinDir();
    return false;
  } catch (err) {
    return (err as Error).message;
  }
}

const missing = missingPostgres();
if (missing && (process.env.CI || process.env.HOTPOT_REQUIRE_POSTGRES === '1'))
  throw new Error(`the fault suite must run in CI: ${missing}`);
const skip = missing;
let lab: Lab;

before(async () => {
  if (!skip) lab = await startLab();
});
after(async () => {
  await lab?.close();
});

/** The small scale of one scenario, judged by the invariants every scenario must end with. */
function scenarioTest(scenario: Scenario) {
  const unavailable = scenario.unavailable?.();
  test(
    `fault scenario ${scenario.name} (small): ${scenario.title}`,
    { skip: skip || unavailable || false, todo: scenario.knownFailure ?? false },
    async () => {
      const result = await runScenario(lab, scenario, 'small');
      assert.notEqual(result.status, 'error', result.reason);
      const { report, problems, recoveryMs } = result.outcome!;
      const detail = report.examples.join('; ');
      assert.equal(report.lost, 0, `rows lost: ${detail}`);
      assert.equal(report.wrongDeletions, 0, `wrong deletions: ${detail}`);
      assert.equal(report.duplicates, 0, `duplicate or overlapping versions: ${detail}`);
      assert.equal(report.currentVsHistory, 0, `current rows unlike their open version: ${detail}`);
      assert.equal(report.rawMismatch + report.stale, 0, `store differs from the ground truth: ${detail}`);
      assert.deepEqual(problems, []);
      assert.notEqual(recoveryMs, undefined, 'the store converged to the ground truth');
    },
  );
}

describe('scenarios that restart the shared PostgreSQL or Temporal, one at a time', () => {
  for (const scenario of scenarios.filter((s) => s.exclusive)) scenarioTest(scenario);
});

describe(
  'the other scenarios, four at a time (each has its own database, emulator and queue)',
  { concurrency: 4 },
  () => {
    for (const scenario of scenarios.filter((s) => !s.exclusive)) scenarioTest(scenario);
  },
);
