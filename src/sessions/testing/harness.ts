import { fileURLToPath } from 'node:url';
import type { WorkflowStartOptions } from '@temporalio/client';
import type { Workflow } from '@temporalio/common';
import { bundleWorkflowCode, DefaultLogger, Worker, type WorkflowBundle } from '@temporalio/worker';
import type { TestTemporal } from '../../test-support/temporal.js';
import { createSessionWorkers, type SessionWorkers } from '../session-workers.js';
import type { SessionOptions } from '../workflow/index.js';
import { createTestActivities, fakeRegistry, type FakeSource } from './activities.js';

/** Bundles the test workflows once per test file. */
export function bundleTestWorkflows(): Promise<WorkflowBundle> {
  const workflowsPath = fileURLToPath(new URL('./sessions.workflow.js', import.meta.url));
  return bundleWorkflowCode({ workflowsPath, logger: new DefaultLogger('WARN') });
}

/** A workflow worker on a fresh base queue, plus (unless `sessionWorker: false`) an in-process session worker. */
export async function sessionHarness(
  t: TestTemporal,
  bundle: WorkflowBundle,
  opts: { maxConcurrentSessions?: number; maxConcurrentActivities?: number; sessionWorker?: boolean } = {},
) {
  const base = t.taskQueue('sessions');
  const registry = fakeRegistry();
  const source: FakeSource = { token: 'v1' };
  const workflowWorker = await Worker.create({
    connection: t.nativeConnection,
    namespace: t.namespace,
    taskQueue: base,
    workflowBundle: bundle,
  });
  const runs = [workflowWorker.run()];
  let sessions: SessionWorkers | undefined;
  try {
    if (opts.sessionWorker !== false) {
      sessions = await createSessionWorkers({
        connection: t.nativeConnection,
        namespace: t.namespace,
        taskQueue: base,
        registry,
        maxConcurrentSessions: opts.maxConcurrentSessions ?? 10,
        ...(opts.maxConcurrentActivities !== undefined && {
          maxConcurrentActivityTaskExecutions: opts.maxConcurrentActivities,
        }),
        activities: createTestActivities({ registry, source }),
      });
      runs.push(sessions.run());
    }
  } catch (err) {
    workflowWorker.shutdown();
    await Promise.allSettled(runs);
    throw err;
  }
  return {
    base,
    registry,
    source,
    sessions,
    options: (over: Partial<SessionOptions> = {}): SessionOptions => ({
      taskQueue: base,
      creationTimeout: '10s',
      executionTimeout: '2m',
      heartbeatTimeout: '3s',
      ...over,
    }),
    start<W extends Workflow>(workflow: W, args: Parameters<W>) {
      const options = {
        taskQueue: base,
        workflowId: `${base}-${Math.random()}`,
        args,
      } as unknown as WorkflowStartOptions<W>;
      return t.client.workflow.start(workflow, options);
    },
    async close() {
      workflowWorker.shutdown();
      await sessions?.shutdown();
      await Promise.allSettled(runs);
    },
  };
}

/** Polls `predicate` every 20 ms; resolves with the elapsed ms, rejects after `timeoutMs`. */
export async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<number> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - start;
}
