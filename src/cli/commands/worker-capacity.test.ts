import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { untilOutput } from '../../test-support/child-output.js';
import { testTemporal, type TestTemporal } from '../../test-support/temporal.js';
import { testTempDir } from '../../test-support/temp-dir.js';

const main = fileURLToPath(new URL('../main.js', import.meta.url));
let temporal: TestTemporal;

before(async () => {
  temporal = await testTemporal();
});
after(() => temporal?.close());

test('hotpot worker says at start when the inventory concurrency exceeds its session capacity', async () => {
  const dir = testTempDir('worker-capacity');
  const child = spawn(process.execPath, [main, 'worker'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      HOTPOT_DATABASE_URL: `pglite://${path.join(dir, 'data')}`,
      TEMPORAL_ADDRESS: temporal.address,
      TEMPORAL_NAMESPACE: temporal.namespace,
      HOTPOT_GCP_ENDPOINT: 'http://127.0.0.1:9',
      HOTPOT_TASK_QUEUE: temporal.taskQueue('hotpot-worker-capacity'),
      HOTPOT_MAX_SESSIONS: '4',
      HOTPOT_INVENTORY_CONCURRENCY: '12',
      HOTPOT_LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  const exited = once(child, 'exit');
  try {
    await untilOutput(
      child,
      () => stdout,
      (out) => out.includes('warning:'),
    );
    assert.match(stdout, /hotpot worker ready/);
    assert.match(
      stdout,
      /warning: worker\.inventoryConcurrency 12 exceeds worker\.maxConcurrentSessions 4: .*8 project\(s\) at a time wait for a session/,
    );
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
});
