import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { WorkflowBundle } from '@temporalio/worker';
import { activityTimeouts } from '../test-support/activity-timeouts.js';
import { testTemporal, type TestTemporal } from '../test-support/temporal.js';
import { bundleTestWorkflows, sessionHarness, waitFor } from './testing/harness.js';
import { workWithRecovery } from './testing/sessions.workflow.js';
import { spawnWorkerProcess, type WorkerEvent } from './testing/worker-processes.js';

const HEARTBEAT_MS = 2_000;

describe('sessions across worker processes', () => {
  let t: TestTemporal;
  let bundle: WorkflowBundle;
  before(async () => {
    t = await testTemporal();
    bundle = await bundleTestWorkflows();
  });
  after(() => t.close());

  it('re-creates a session on another process when its worker is SIGKILLed mid-activity', async () => {
    const h = await sessionHarness(t, bundle, { sessionWorker: false });
    const started: WorkerEvent[] = [];
    const onEvent = (e: WorkerEvent) => void (e.event === 'work-started' && started.push(e));
    const workers = await Promise.all(
      [1, 2].map(() => spawnWorkerProcess(t.address, t.namespace, h.base, onEvent)),
    );
    try {
      const handle = await h.start(workWithRecovery, [
        h.options({ heartbeatTimeout: `${HEARTBEAT_MS}ms` }),
        20_000,
      ]);
      await waitFor(() => started.length > 0, 30_000);
      const victim = workers.find((w) => w.pid === started[0]?.pid);
      const survivor = workers.find((w) => w.pid !== started[0]?.pid);
      assert.ok(victim && survivor);
      victim.child.kill('SIGKILL');
      const { attempts, result } = await handle.result();
      assert.equal(attempts, 2);
      assert.equal(result.pid, survivor.pid);
      assert.deepEqual(
        started.map((e) => e.pid),
        [victim.pid, survivor.pid],
      );
      assert.notEqual(result.sessionId, started[0]?.sessionId);
      const timeouts = activityTimeouts(await handle.fetchHistory());
      assert.ok(timeouts.length > 0, 'the activity of the killed worker timed out');
      assert.deepEqual([...new Set(timeouts)], ['HEARTBEAT'], 'noticed by missed heartbeats');
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
      await h.close();
    }
  });
});
