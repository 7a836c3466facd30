import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { WorkflowBundle } from '@temporalio/worker';
import { createSessionWorkers } from '../sessions/session-workers.js';
import { createTestActivities, fakeRegistry } from '../sessions/testing/activities.js';
import { bundleTestWorkflows, sessionHarness, waitFor } from '../sessions/testing/harness.js';
import { workWithRecovery } from '../sessions/testing/sessions.workflow.js';
import { spawnWorkerProcess, type WorkerEvent } from '../sessions/testing/worker-processes.js';
import { testTemporal, type TestTemporal } from '../test-support/temporal.js';
import { IngestMetrics } from './ingest-metrics.js';
import { startMetricsServer } from './metrics-server.js';

let t: TestTemporal;
let bundle: WorkflowBundle;
before(async () => {
  t = await testTemporal();
  bundle = await bundleTestWorkflows();
});
after(() => t.close());

const sample = (body: string, name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(body)?.[1]);

test('a worker killed while holding a session shows as one lost session on the worker that took over', async () => {
  const h = await sessionHarness(t, bundle, { sessionWorker: false });
  const started: WorkerEvent[] = [];
  const victim = await spawnWorkerProcess(t.address, t.namespace, h.base, (e) => {
    if (e.event === 'work-started') started.push(e);
  });
  const registry = fakeRegistry();
  const metrics = new IngestMetrics({
    open: () => registry.size,
    created: () => registry.constructions,
    cap: 2,
  });
  const server = await startMetricsServer(metrics.registry, { port: 0, host: '127.0.0.1' });
  try {
    const handle = await h.start(workWithRecovery, [h.options({ heartbeatTimeout: '2s' }), 20_000]);
    await waitFor(() => started.length > 0, 20_000);
    const survivor = await createSessionWorkers({
      connection: t.nativeConnection,
      namespace: t.namespace,
      taskQueue: h.base,
      registry,
      maxConcurrentSessions: 2,
      activities: createTestActivities({ registry, source: { token: 'v1' } }),
      onSessionLost: () => metrics.sessionsLost.inc(),
    });
    const running = survivor.run();
    try {
      const before = await (await fetch(server.url)).text();
      assert.equal(sample(before, 'hotpot_sessions_lost_total'), 0);
      victim.child.kill('SIGKILL');
      const { attempts, result } = await handle.result();
      assert.equal(attempts, 2);
      assert.equal(result.pid, process.pid, 'the replacement session ran on the survivor');
      const body = await (await fetch(server.url)).text();
      assert.equal(sample(body, 'hotpot_sessions_lost_total'), 1);
      assert.equal(sample(body, 'hotpot_sessions_created'), 1);
      assert.equal(sample(body, 'hotpot_sessions_open'), 0);
      assert.equal(sample(body, 'hotpot_sessions_cap'), 2);
    } finally {
      await survivor.shutdown();
      await running.catch(() => undefined);
    }
  } finally {
    await server.close();
    await victim.stop();
    await h.close();
  }
});
