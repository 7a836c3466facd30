import { projectKinds } from '../gcp/compute/kinds.js';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';

const projects = Array.from({ length: 12 }, (_, i) => `fanout-test-${i + 1}`);
const missing = 'fanout-test-missing';
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({
    emulator: { generate: { seed: 7, projects, zones: 2, instances: 3, disks: 2, networks: 1 } },
  });
});
after(() => env?.close());

test('the inventory continues as new in batches, runs a bounded window of children, and reports every project', async () => {
  const handle = await env.inventory({
    projectIds: [...projects, missing],
    concurrency: 3,
    childrenPerRun: 5,
  });
  const result = await handle.result();
  assert.equal(result.projectCount, 13);
  assert.ok(result.projects.length >= 1 && result.projects.length <= 13, 'a bounded sample of projects');
  assert.equal(result.detailOmitted, result.projects.length < 13);
  assert.equal(result.status, 'partial');
  assert.equal(result.totals.ok, 12);
  assert.equal(result.totals.failed, 1);
  assert.deepEqual(result.failuresByType, { GcpProjectNotFound: 1 });
  const failed = await sql<{ error_type: string; error_message: string }>`
    select error_type, error_message from ingest_scope_results
    where run_id = ${result.runId} and scope = ${missing} and status = 'failed'`.execute(env.db.store.db);
  const notFound = failed.rows.find((r) => r.error_type === 'GcpProjectNotFound');
  assert.ok(notFound, 'every project is in the store, the missing one with the failure its project reports');
  assert.match(notFound.error_message, new RegExp(missing));
  assert.equal(result.totals.resources.instances?.created, 12 * 3);

  const description = await handle.describe();
  assert.notEqual(description.runId, result.runId, 'the last run is a continuation, not the first run');
  const firstRun = env.temporal.client.workflow.getHandle(handle.workflowId, result.runId);
  const history = await firstRun.fetchHistory();
  const last = history.events?.at(-1);
  assert.ok(last?.workflowExecutionContinuedAsNewEventAttributes, 'first run ended by continuing as new');

  const run = await sql<{ status: string; scope_count: number }>`
    select status, scope_count from ingest_runs where run_id = ${result.runId}`.execute(env.db.store.db);
  assert.deepEqual(run.rows[0], { status: 'partial', scope_count: 13 });
  const scopes = await sql<{ n: number }>`
    select count(*)::int as n from ingest_scope_results where run_id = ${result.runId} and status = 'ok'`.execute(
    env.db.store.db,
  );
  assert.equal(scopes.rows[0]?.n, 12 * projectKinds.length, 'every kind of every ok project');
});

test('a second inventory while a project is already being synced reports that project, not a crash', async () => {
  const busy = projects[0]!;
  await env.emulator.control.setFault({
    kind: 'latency',
    project: busy,
    method: 'instances.aggregatedList',
    latencyMs: 10_000,
  });
  try {
    const compute = await env.compute(busy);
    const result = await (await env.inventory({ projectIds: [busy, projects[1]!] })).result();
    const busyResult = result.projects.find((p) => p.projectId === busy);
    assert.equal(busyResult?.status, 'failed');
    assert.equal(busyResult?.error?.type, 'WorkflowExecutionAlreadyStarted');
    assert.equal(result.projects.find((p) => p.projectId === projects[1])?.status, 'ok');
    assert.equal((await compute.result()).status, 'ok');
  } finally {
    await env.emulator.control.clearFaults();
  }
});
