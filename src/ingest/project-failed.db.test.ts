import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { testStore, type TestStore } from '../test-support/database.js';
import { recordProjectFailed, recordRunStarted } from './runs.js';

let db: TestStore;
before(async () => {
  db = await testStore();
});
after(() => db?.close());

async function runWithRunningScopes(runId: string, scope: string, kinds: string[]): Promise<void> {
  await recordRunStarted(db.store.db, {
    runId,
    workflowId: `wf-${runId}`,
    workflowType: 'GCPInventoryWorkflow',
    scopeCount: 1,
    startedAt: new Date().toISOString(),
  });
  for (const kind of kinds)
    await sql`insert into ingest_scope_results (run_id, scope, resource_kind, started_at, status)
      values (${runId}, ${scope}, ${kind}, now(), 'running')`.execute(db.store.db);
}

async function statuses(runId: string): Promise<Record<string, string>> {
  const rows = await sql<{ resource_kind: string; status: string; error_type: string | null }>`
    select resource_kind, status, error_type from ingest_scope_results where run_id = ${runId}`.execute(
    db.store.db,
  );
  return Object.fromEntries(rows.rows.map((r) => [r.resource_kind, `${r.status}:${r.error_type ?? ''}`]));
}

const error = { type: 'GcpProjectNotFound', message: 'project p was not found' };

test("a failed workflow fails only its own kinds' running scopes; a sibling workflow's scopes of the project run on", async () => {
  await runWithRunningScopes('run-a', 'p', [
    'gcp.container.cluster',
    'gcp.compute.instance',
    'gcp.compute.disk',
  ]);
  await recordProjectFailed(db.store.db, {
    runId: 'run-a',
    scope: 'p',
    kinds: ['gcp.container.cluster'],
    error,
  });
  assert.deepEqual(await statuses('run-a'), {
    'gcp.container.cluster': 'failed:GcpProjectNotFound',
    'gcp.compute.instance': 'running:',
    'gcp.compute.disk': 'running:',
  });
});

test('without kinds every running scope of the project fails, and only of that project', async () => {
  await runWithRunningScopes('run-b', 'p', ['gcp.compute.instance', 'gcp.compute.disk']);
  await runWithRunningScopes('run-b', 'q', ['gcp.compute.instance']);
  await recordProjectFailed(db.store.db, { runId: 'run-b', scope: 'p', error });
  const rows = await sql<{ scope: string; status: string }>`
    select scope, status from ingest_scope_results where run_id = 'run-b' order by scope, resource_kind`.execute(
    db.store.db,
  );
  assert.deepEqual(
    rows.rows.map((r) => `${r.scope}:${r.status}`),
    ['p:failed', 'p:failed', 'q:running'],
  );
});

test('a project with no scope yet gets one failed `project` row, with kinds or without', async () => {
  await runWithRunningScopes('run-c', 'other', []);
  await recordProjectFailed(db.store.db, {
    runId: 'run-c',
    scope: 'p',
    kinds: ['gcp.compute.instance'],
    error,
  });
  assert.deepEqual(await statuses('run-c'), { project: 'failed:GcpProjectNotFound' });
});
