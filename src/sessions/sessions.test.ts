import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { WorkflowBundle } from '@temporalio/worker';
import { testTemporal, type TestTemporal } from '../test-support/temporal.js';
import { bundleTestWorkflows, sessionHarness, waitFor } from './testing/harness.js';
import {
  createOnly,
  holdSession,
  manyActivities,
  parallelWork,
  rotation,
} from './testing/sessions.workflow.js';

function failureType(err: unknown): string | undefined {
  return err instanceof WorkflowFailedError && err.cause instanceof ApplicationFailure
    ? (err.cause.type ?? undefined)
    : undefined;
}

describe('sessions on one worker process', () => {
  let t: TestTemporal;
  let bundle: WorkflowBundle;
  before(async () => {
    t = await testTemporal();
    bundle = await bundleTestWorkflows();
  });
  after(() => t.close());

  it('constructs one client for all activities of a session and closes it', async () => {
    const h = await sessionHarness(t, bundle);
    try {
      const { taskQueue, results } = await (await h.start(manyActivities, [h.options(), 10])).result();
      assert.equal(taskQueue, h.sessions?.taskQueue);
      assert.equal(results.length, 10);
      assert.equal(new Set(results.map((r) => r.sessionId)).size, 1);
      assert.equal(h.registry.constructions, 1);
      assert.equal(h.registry.size, 0);
      assert.deepEqual(h.sessions?.openSessionIds(), []);
    } finally {
      await h.close();
    }
  });

  it('holds at most maxConcurrentSessions at once and finishes every workflow', async () => {
    const h = await sessionHarness(t, bundle, { maxConcurrentSessions: 2 });
    try {
      const handles = await Promise.all(
        Array.from({ length: 5 }, () => h.start(holdSession, [h.options(), 600])),
      );
      const results = await Promise.all(handles.map((handle) => handle.result()));
      assert.equal(new Set(results.map((r) => r.sessionId)).size, 5);
      assert.equal(h.sessions?.peakOpenSessions, 2);
      assert.equal(h.registry.constructions, 5);
      assert.equal(h.registry.size, 0);
    } finally {
      await h.close();
    }
  });

  it('queues calls on a busy session worker instead of timing them out', async () => {
    const h = await sessionHarness(t, bundle, { maxConcurrentActivities: 1 });
    try {
      const handle = await h.start(parallelWork, [h.options(), 3, 400]);
      const results = await handle.result();
      assert.equal(results.length, 3);
      const scheduled = ((await handle.fetchHistory()).events ?? [])
        .map((e) => e.activityTaskScheduledEventAttributes)
        .filter((a) => a?.taskQueue?.name === h.sessions?.taskQueue);
      assert.equal(scheduled.length, 4, '3 Work calls and the release');
      const work = scheduled.filter((a) => a?.activityType?.name === 'Work');
      for (const a of work) {
        const seconds = Number(a?.scheduleToStartTimeout?.seconds ?? 0);
        const closeSeconds = Number(a?.scheduleToCloseTimeout?.seconds ?? 0);
        assert.ok(seconds === 0 || seconds === closeSeconds, `a schedule-to-start timeout of ${seconds} s`);
      }
    } finally {
      await h.close();
    }
  });

  it('cleans up a session whose workflow was terminated, long before the session would have ended', async (ctx) => {
    const h = await sessionHarness(t, bundle);
    try {
      const handle = await h.start(holdSession, [h.options({ heartbeatTimeout: '3s' }), 60_000]);
      await waitFor(() => h.registry.size === 1, 30_000);
      await handle.terminate('test');
      const ms = await waitFor(
        () => h.registry.size === 0 && h.sessions?.openSessionIds().length === 0,
        30_000,
      );
      ctx.diagnostic(`cleaned up ${ms} ms after termination`);
    } finally {
      await h.close();
    }
  });

  it('uses rotated credentials in the next session, not the current one', async () => {
    const h = await sessionHarness(t, bundle);
    try {
      assert.deepEqual(await (await h.start(rotation, [h.options()])).result(), ['v1', 'v1', 'v2']);
      assert.equal(h.registry.constructions, 2);
    } finally {
      await h.close();
    }
  });

  it('closes clients on worker shutdown; the workflow fails with SessionLost', async () => {
    const h = await sessionHarness(t, bundle);
    try {
      const handle = await h.start(holdSession, [h.options(), 60_000]);
      await waitFor(() => h.registry.size === 1, 30_000);
      await h.sessions?.shutdown();
      assert.equal(h.registry.size, 0);
      const err = await handle.result().then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.equal(failureType(err), 'SessionLost');
    } finally {
      await h.close();
    }
  });

  it('fails with SessionCreationFailed when no session worker runs', async (ctx) => {
    const h = await sessionHarness(t, bundle, { sessionWorker: false });
    try {
      const started = Date.now();
      const err = await (await h.start(createOnly, [h.options({ creationTimeout: '2s' })])).result().then(
        () => undefined,
        (e: unknown) => e,
      );
      const ms = Date.now() - started;
      ctx.diagnostic(`failed ${ms} ms after start`);
      assert.equal(failureType(err), 'SessionCreationFailed');
      assert.ok(ms >= 2_000, `failed after ${ms} ms, before its 2 s creation timeout`);
    } finally {
      await h.close();
    }
  });
});
