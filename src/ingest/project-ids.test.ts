import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { sql } from 'kysely';
import { createHotpotClient } from '../client/hotpot-client.js';
import { HotpotError } from '../errors.js';
import { gcpProjectIdProblem } from '../gcp/project-id.js';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';
import { InstanceWorkflow } from './workflows/compute.workflow.js';
import { testTempDir } from '../test-support/temp-dir.js';

const main = fileURLToPath(new URL('../cli/main.js', import.meta.url));
const cwd = testTempDir('project-ids');
const good = 'project-ids-test-1';
const bad = [
  'Bad_Project!',
  '../../etc',
  'ab',
  'UPPER-case-1',
  'ends-with-',
  '1starts-digit',
  'p'.repeat(31),
];
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({
    emulator: { generate: { seed: 5, projects: [good], zones: 1, instances: 2, disks: 0, networks: 1 } },
  });
});
after(async () => {
  await env?.close();
  rmSync(cwd, { recursive: true, force: true });
});

/** Compute calls the emulator answered, runs recorded: what a refused id must leave unchanged. */
async function footprint() {
  const counts = await env.emulator.control.requestCounts();
  const calls = Object.values(counts).reduce(
    (n, perMethod) => n + Object.values(perMethod).reduce((a, b) => a + b, 0),
    0,
  );
  const runs = await sql<{ n: number }>`select count(*)::int as n from ingest_runs`.execute(env.db.store.db);
  return { calls, runs: runs.rows[0]!.n };
}

function hotpot(...args: string[]): Promise<{ code: number; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOTPOT_DATABASE_URL: env.db.url,
    TEMPORAL_ADDRESS: env.temporal.address,
    TEMPORAL_NAMESPACE: env.temporal.namespace,
    HOTPOT_GCP_ENDPOINT: env.emulator.url,
    HOTPOT_TASK_QUEUE: env.config.temporal.taskQueue,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [main, ...args],
      { cwd, env: childEnv, timeout: 60_000 },
      (err, _out, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stderr }),
    );
  });
}

test("Google's project id rules: what Google could accept passes, the rest is named", () => {
  for (const id of [good, 'hotpot-demo-001', 'abcdef', `a${'b'.repeat(29)}`, 'example.com:my-project'])
    assert.equal(gcpProjectIdProblem(id), undefined, id);
  for (const id of bad) assert.match(gcpProjectIdProblem(id) ?? '', /is not a Google Cloud project id/, id);
  assert.match(gcpProjectIdProblem('not a domain:my-project') ?? '', /is not a Google Cloud project id/);
});

test('the workflows refuse a bad project id before any call: GcpInvalidProjectId, no API call, no run', async () => {
  const before = await footprint();
  for (const id of ['Bad_Project!', '../../etc']) {
    for (const start of [() => env.compute(id), () => env.compute(id, InstanceWorkflow)]) {
      const err = await (await start()).result().catch((e: unknown) => e);
      assert.ok(err instanceof WorkflowFailedError, id);
      assert.ok(err.cause instanceof ApplicationFailure);
      assert.equal(err.cause.type, 'GcpInvalidProjectId');
      assert.ok(err.cause.message.includes(JSON.stringify(id)), err.cause.message);
    }
  }
  const err = await (await env.inventory({ projectIds: [good, '../../etc'] }))
    .result()
    .catch((e: unknown) => e);
  assert.ok(err instanceof WorkflowFailedError && err.cause instanceof ApplicationFailure);
  assert.equal(err.cause.type, 'GcpInvalidProjectId');
  assert.deepEqual(await footprint(), before);
});

test('the client and the CLI refuse a bad project id before starting anything', async () => {
  const before = await footprint();
  const client = createHotpotClient(env.temporal.client, { taskQueue: env.config.temporal.taskQueue });
  for (const start of [
    () => client.startCompute('Bad_Project!'),
    () => client.startInstances('../../etc'),
    () => client.startInventory({ projectIds: [good, 'Bad_Project!'] }),
  ])
    await assert.rejects(
      start(),
      (e: unknown) => e instanceof HotpotError && /is not a Google Cloud project id/.test(e.message),
    );
  for (const args of [
    ['ingest', 'compute', '--project', 'Bad_Project!'],
    ['ingest', 'instances', '--project', '../../etc'],
    ['ingest', 'inventory', '--project', good, '--project', 'Bad_Project!'],
  ]) {
    const run = await hotpot(...args);
    assert.equal(run.code, 1, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, /project id "[^"]+" is not a Google Cloud project id/, args.join(' '));
  }
  assert.deepEqual(await footprint(), before);
});
