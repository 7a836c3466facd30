import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { randomUUID } from 'node:crypto';
import { WorkflowFailedError, type WorkflowHandle } from '@temporalio/client';
import { CancelledFailure, TerminatedFailure } from '@temporalio/common';
import { sql } from 'kysely';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';

const slow = ['cancel-test-1', 'cancel-test-2', 'cancel-test-3', 'cancel-test-4'];
const quick = 'cancel-test-quick';
/** Busy for one slow call (its instance listing) only: long enough for another run to meet it, short to finish. */
const busy = 'cancel-test-busy';
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({
    emulator: {
      generate: { seed: 5, projects: [...slow, quick, busy], zones: 1, instances: 2, disks: 1, networks: 1 },
    },
  });
  for (const project of slow)
    await env.emulator.control.setFault({ kind: 'latency', project, latencyMs: 4000 });
  await env.emulator.control.setFault({
    kind: 'latency',
    project: busy,
    method: 'instances.aggregatedList',
    latencyMs: 10_000,
  });
});
after(() => env?.close());

interface RunRecord {
  status: string;
  summary: { error?: { type: string } } | null;
}

async function runRecord(runId: string): Promise<RunRecord | undefined> {
  const rows = await sql<RunRecord>`select status, summary from ingest_runs where run_id = ${runId}`.execute(
    env.db.store.db,
  );
  return rows.rows[0];
}

async function scopeStatuses(
  runId: string,
): Promise<{ scope: string; status: string; error_type: string | null }[]> {
  const rows = await sql<{ scope: string; status: string; error_type: string | null }>`
    select scope, status, error_type from ingest_scope_results where run_id = ${runId}
    order by scope, resource_kind`.execute(env.db.store.db);
  return rows.rows;
}

/** Waits until a scope of the run is running in the store (the run is mid-ingestion). */
async function untilScopeRunning(runId: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if ((await scopeStatuses(runId)).some((s) => s.status === 'running')) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no scope of run ${runId} started`);
}

async function failureOf(handle: WorkflowHandle): Promise<unknown> {
  try {
    await handle.result();
  } catch (err) {
    assert.ok(err instanceof WorkflowFailedError);
    return err.cause;
  }
  assert.fail('the workflow completed');
}

test('a cancelled ComputeWorkflow leaves its run failed with Cancelled and no scope running', async () => {
  const handle = await env.compute(slow[0]!);
  const runId = handle.firstExecutionRunId;
  await untilScopeRunning(runId);
  await handle.cancel();
  assert.ok((await failureOf(handle)) instanceof CancelledFailure);
  const run = await runRecord(runId);
  assert.equal(run?.status, 'failed');
  assert.equal(run?.summary?.error?.type, 'Cancelled');
  const scopes = await scopeStatuses(runId);
  assert.ok(scopes.length > 0);
  assert.deepEqual(
    scopes.filter((s) => s.status === 'running'),
    [],
  );
});

test('a cancelled GCPInventoryWorkflow leaves its run failed with Cancelled and every started project failed', async () => {
  const handle = await env.inventory({ projectIds: slow.slice(1), concurrency: 3 });
  const runId = handle.firstExecutionRunId;
  await untilScopeRunning(runId);
  await handle.cancel();
  assert.ok((await failureOf(handle)) instanceof CancelledFailure);
  const run = await runRecord(runId);
  assert.equal(run?.status, 'failed');
  assert.equal(run?.summary?.error?.type, 'Cancelled');
  const scopes = await scopeStatuses(runId);
  assert.deepEqual(
    scopes.filter((s) => s.status === 'running'),
    [],
  );
  assert.deepEqual([...new Set(scopes.map((s) => s.scope))], slow.slice(1));
  assert.ok(scopes.every((s) => s.status === 'failed' && s.error_type === 'Cancelled'));
});

test('a terminated run is marked failed (Terminated) when the next run starts', async () => {
  const handle = await env.temporal.client.workflow.start('ComputeWorkflow', {
    taskQueue: env.config.temporal.taskQueue,
    workflowId: `gcp-compute/terminated-${randomUUID()}`,
    args: [{ projectId: slow[0]! }],
  });
  const runId = handle.firstExecutionRunId;
  await untilScopeRunning(runId);
  await handle.terminate('test');
  assert.ok((await failureOf(handle)) instanceof TerminatedFailure);
  assert.equal((await runRecord(runId))?.status, 'running', 'terminate runs no workflow code');
  const next = await env.compute(quick);
  assert.equal((await next.result()).status, 'ok');
  const run = await runRecord(runId);
  assert.equal(run?.status, 'failed');
  assert.equal(run?.summary?.error?.type, 'Terminated');
  assert.deepEqual(
    (await scopeStatuses(runId)).filter((s) => s.status === 'running'),
    [],
  );
});

test('a project that fails before any of its scopes starts is recorded in the store', async () => {
  const running = await env.compute(busy);
  await untilScopeRunning(running.firstExecutionRunId);
  const inventory = await env.inventory({ projectIds: [busy, quick] });
  const result = await inventory.result();
  assert.equal(result.failuresByType.WorkflowExecutionAlreadyStarted, 1);
  const rows = await sql<{ scope: string; resource_kind: string; status: string; error_type: string }>`
    select scope, resource_kind, status, error_type from ingest_scope_results
    where run_id = ${result.runId} and scope = ${busy}`.execute(env.db.store.db);
  assert.deepEqual(rows.rows, [
    {
      scope: busy,
      resource_kind: 'project',
      status: 'failed',
      error_type: 'WorkflowExecutionAlreadyStarted',
    },
  ]);
  assert.equal((await running.result()).status, 'ok');
});
