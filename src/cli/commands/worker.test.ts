import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createHotpotClient } from '../../client/hotpot-client.js';
import { startEmulator, type RunningEmulator } from '../../emulator/index.js';
import { untilOutput } from '../../test-support/child-output.js';
import { testTemporal, type TestTemporal } from '../../test-support/temporal.js';
import { freePort } from '../../temporal/free-port.js';
import { testTempDir } from '../../test-support/temp-dir.js';
import { WORKER_ENV, WORKER_HEAP_FLAGS } from '../../worker/worker-heap.js';

const main = fileURLToPath(new URL('../main.js', import.meta.url));
const project = `hw-${randomBytes(3).toString('hex')}`;
let emulator: RunningEmulator;
let temporal: TestTemporal;

before(async () => {
  [emulator, temporal] = await Promise.all([
    startEmulator({
      generate: { seed: 3, projects: [project], zones: 1, instances: 4, disks: 1, networks: 1 },
    }),
    testTemporal(),
  ]);
});
after(async () => {
  await Promise.all([emulator?.stop(), temporal?.close()]);
});

test('worker logs ready in JSON, ingests a project, serves metrics equal to its result, and exits 0 on SIGTERM', async () => {
  const dir = testTempDir('worker');
  const taskQueue = temporal.taskQueue('hotpot-worker-cli');
  const metricsPort = await freePort();
  const child = spawn(
    process.execPath,
    [main, 'worker', '--metrics-port', String(metricsPort), '--log-format', 'json'],
    {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        HOTPOT_DATABASE_URL: `pglite://${path.join(dir, 'data')}`,
        TEMPORAL_ADDRESS: temporal.address,
        TEMPORAL_NAMESPACE: temporal.namespace,
        HOTPOT_GCP_ENDPOINT: emulator.url,
        HOTPOT_TASK_QUEUE: taskQueue,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
  try {
    await untilOutput(
      child,
      () => stdout,
      (out) => out.includes('ready'),
    );
    assert.match(
      stdout,
      new RegExp(`hotpot worker ready: namespace ${temporal.namespace}, queues ${taskQueue}, `),
      stderr,
    );
    if (process.platform === 'linux' && typeof process.execve === 'function') {
      const environ = fs.readFileSync(`/proc/${child.pid}/environ`, 'utf8').split('\0');
      for (const [name, value] of Object.entries(WORKER_ENV))
        assert.ok(
          environ.includes(`${name}=${value}`),
          `the worker re-executed itself with ${name}=${value}`,
        );
      const cmdline = fs.readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0');
      for (const flag of WORKER_HEAP_FLAGS) assert.ok(cmdline.includes(flag), `the worker runs with ${flag}`);
    }
    const handle = await createHotpotClient(temporal.client, { taskQueue }).startInstances(project);
    const result = await handle.result();
    assert.equal(result.status, 'ok');
    const truth = (await emulator.control.groundTruth(project)).resources.instances.length;
    assert.equal(result.resources.instances?.created, truth);
    const metricsUrl = /metrics (http:\/\/\S+)/.exec(stdout)?.[1];
    assert.equal(metricsUrl, `http://127.0.0.1:${metricsPort}/metrics`);
    const metrics = await (await fetch(metricsUrl)).text();
    const sample = (name: string, labels: string) =>
      Number(new RegExp(`^${name}\\{${labels}\\} (\\S+)$`, 'm').exec(metrics)?.[1]);
    assert.equal(
      sample('hotpot_resources_total', `kind="gcp.compute.instance",project="${project}",outcome="created"`),
      truth,
    );
    assert.equal(sample('hotpot_api_calls_total', 'method="instances.aggregatedList",status="200"'), 1);
    assert.equal(sample('hotpot_scopes_total', 'kind="gcp.compute.instance",status="ok"'), 1);
    assert.match(metrics, /^hotpot_sessions_cap 10$/m);
    assert.match(metrics, /^hotpot_pages_in_hand_limit 6$/m, 'the documented default of worker.pagesInHand');
    assert.match(metrics, /^hotpot_pages_in_hand 0$/m, 'every page of the finished sync was given back');
    assert.match(
      metrics,
      /^hotpot_pages_in_hand_peak [1-9]\d*$/m,
      'the sync held its pages through the gate',
    );
    assert.match(metrics, /^temporal_/m, "the Temporal runtime's own metrics are served too");
    const base = `http://127.0.0.1:${metricsPort}`;
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    const ready = await fetch(`${base}/readyz`);
    assert.deepEqual(await ready.json(), {
      ready: true,
      checks: { temporal: 'ok', store: 'ok', polling: 'ok' },
    });
    assert.equal(ready.status, 200);
  } finally {
    child.kill('SIGTERM');
  }
  const [code, signal] = await exited;
  assert.equal(signal, null, stderr);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /hotpot worker draining \(SIGTERM\)/);
  assert.match(stdout, /hotpot worker drained in \d+ ms/);
  assert.match(stdout, /hotpot worker stopped/);
  assert.doesNotMatch(stderr, /No workflows registered/);
  for (const line of stderr.split('\n').filter(Boolean)) {
    const entry = JSON.parse(line) as { msg?: unknown; level?: unknown; time?: unknown };
    assert.equal(typeof entry.msg, 'string', line);
    assert.equal(typeof entry.time, 'string', line);
  }
});
