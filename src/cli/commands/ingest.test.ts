import { projectKinds } from '../../gcp/compute/kinds.js';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { InventoryResult, ProjectResult } from '../../ingest/workflows/types.js';
import { ingestEnv, type IngestEnv } from '../../test-support/ingest-env.js';
import { testTempDir } from '../../test-support/temp-dir.js';

const main = fileURLToPath(new URL('../main.js', import.meta.url));
const cwd = testTempDir('ingest-cli');
const tag = randomBytes(3).toString('hex');
const projects = [1, 2, 3].map((n) => `hi-${tag}-${n}`);
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({
    emulator: { generate: { seed: 11, projects, zones: 2, instances: 7, disks: 2, networks: 1 } },
  });
});
after(() => env?.close());

function hotpot(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
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
      (err, stdout, stderr) => {
        resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

test('ingest compute --json exits 0 and its counts match the emulator ground truth', async () => {
  const project = projects[0]!;
  const run = await hotpot('ingest', 'compute', '--project', project, '--json');
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout) as ProjectResult;
  const truth = await env.emulator.control.groundTruth(project);
  assert.equal(result.status, 'ok');
  for (const { plural: kind } of projectKinds) {
    assert.equal(result.resources[kind]?.listed, truth.resources[kind].length, kind);
    assert.equal(result.resources[kind]?.created, truth.resources[kind].length, kind);
  }
});

test('ingest inventory with one project denied exits 2 and the summary names GcpPermissionDenied', async () => {
  const denied = projects[1]!;
  await env.emulator.control.setFault({ kind: 'permissionDenied', project: denied });
  try {
    const run = await hotpot('ingest', 'inventory', ...projects.flatMap((p) => ['--project', p]));
    assert.equal(run.code, 2, run.stderr + run.stdout);
    const row = run.stdout.split('\n').find((l) => l.startsWith(denied));
    assert.match(row ?? '', /failed(\s+0){6}\s+GcpPermissionDenied: /);
    for (const p of projects.filter((p) => p !== denied))
      assert.match(run.stdout, new RegExp(`^${p}\\s+ok(\\s+\\d+){6}$`, 'm'));
    assert.match(run.stdout, /^total\s+partial(\s+\d+){6}$/m);
    assert.match(run.stdout, /inventory partial: 2 ok, 0 partial, 1 failed of 3 projects/);
    assert.equal(
      run.stderr.split('\n').filter((l) => projects.some((p) => l.startsWith(p))).length,
      3,
      'one progress line per project',
    );
  } finally {
    await env.emulator.control.clearFaults();
  }
});

test('ingest inventory --no-wait --json prints the workflow id and UI link; the run completes', async () => {
  const run = await hotpot('ingest', 'inventory', '--project', projects[2]!, '--no-wait', '--json');
  assert.equal(run.code, 0, run.stderr);
  const started = JSON.parse(run.stdout) as { workflowId: string; url: string };
  assert.match(started.workflowId, /^gcp-inventory\//);
  assert.equal(
    started.url,
    `http://${env.temporal.address.replace(/:(\d+)$/, (_m, port: string) => `:${Number(port) + 1000}`)}/namespaces/${env.temporal.namespace}/workflows/${encodeURIComponent(started.workflowId)}`,
  );
  const result = (await env.temporal.client.workflow
    .getHandle(started.workflowId)
    .result()) as InventoryResult;
  assert.equal(result.status, 'ok');
});

test('ingest inventory without projects is refused with what to do', async () => {
  const run = await hotpot('ingest', 'inventory');
  assert.equal(run.code, 1);
  assert.match(run.stderr, /no projects to ingest: pass --project/);
});
