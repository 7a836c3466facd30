import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { projectKinds } from '../gcp/compute/kinds.js';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';
import type { IngestKindsInput, ProjectResult } from './workflows/types.js';

const retried = 'kind-batch-retried';
const forbidden = 'kind-batch-forbidden';
let env: IngestEnv;

before(async () => {
  env = await ingestEnv({
    emulator: {
      generate: { seed: 5, projects: [retried, forbidden], zones: 2, instances: 3, disks: 2, networks: 1 },
    },
    apiRetry: { maxAttempts: 1 },
  });
});
after(() => env?.close());

async function scopes(runId: string, projectId: string) {
  const rows = await sql<{ resource_kind: string; status: string; error_type: string | null }>`
    select resource_kind, status, error_type from ingest_scope_results
    where run_id = ${runId} and scope = ${projectId}`.execute(env.db.store.db);
  return new Map(rows.rows.map((r) => [r.resource_kind, r]));
}

async function kindsOfCalls(workflowId: string, runId: string): Promise<string[][]> {
  const history = await env.temporal.client.workflow.getHandle(workflowId, runId).fetchHistory();
  const converter = env.temporal.client.options.loadedDataConverter.payloadConverter;
  return (history.events ?? []).flatMap((e) => {
    const scheduled = e.activityTaskScheduledEventAttributes;
    if (scheduled?.activityType?.name !== 'IngestComputeKinds') return [];
    const input = converter.fromPayload<IngestKindsInput>(scheduled.input!.payloads![1]!);
    return [input.kinds];
  });
}

test('a kind that fails retryably is retried alone; the kinds that succeeded are not listed again', async () => {
  const clean = await env.compute(retried);
  assert.equal((await clean.result()).status, 'ok');
  const baseline = (await env.emulator.control.requestCounts())[retried] ?? {};
  await env.emulator.control.clearRequestCounts();
  await env.emulator.control.setFault({
    kind: 'unavailable',
    project: retried,
    method: 'disks.aggregatedList',
    count: 2,
  });
  const handle = await env.compute(retried);
  const result: ProjectResult = await handle.result();
  assert.equal(result.status, 'ok');
  assert.equal(Object.keys(result.resources).length, projectKinds.length);
  const counts = (await env.emulator.control.requestCounts())[retried] ?? {};
  assert.deepEqual(
    counts,
    { ...baseline, 'disks.aggregatedList': (baseline['disks.aggregatedList'] ?? 0) + 2 },
    'two failed listings of disks; every other call as in a clean run',
  );
  const calls = await kindsOfCalls(handle.workflowId, handle.firstExecutionRunId);
  assert.deepEqual(calls.slice(1), [['disks'], ['disks']], 'the retries carry disks only');
  assert.equal(calls[0]?.length, projectKinds.length);
  const runId = handle.firstExecutionRunId;
  const rows = await scopes(runId, retried);
  assert.equal(rows.size, projectKinds.length);
  for (const k of projectKinds) assert.equal(rows.get(k.kind)?.status, 'ok', k.kind);
});

test('a kind that fails permanently fails the project with its type; the other kinds finish and are recorded', async () => {
  await env.emulator.control.setFault({
    kind: 'permissionDenied',
    project: forbidden,
    method: 'disks.aggregatedList',
  });
  try {
    const handle = await env.compute(forbidden);
    await assert.rejects(handle.result(), (err: Error) => {
      const cause = (err as { cause?: { type?: string; message?: string } }).cause;
      assert.equal(cause?.type, 'GcpPermissionDenied');
      assert.match(cause?.message ?? '', /disks/);
      return true;
    });
    const counts = (await env.emulator.control.requestCounts())[forbidden] ?? {};
    assert.equal(counts['disks.aggregatedList'], 1, 'a permanent failure is not retried');
    const rows = await scopes(handle.firstExecutionRunId, forbidden);
    assert.equal(rows.get('gcp.compute.disk')?.error_type, 'GcpPermissionDenied');
    for (const k of projectKinds.filter((c) => c.plural !== 'disks'))
      assert.equal(rows.get(k.kind)?.status, 'ok', k.kind);
    assert.equal(await kindsOfCalls(handle.workflowId, handle.firstExecutionRunId).then((c) => c.length), 1);
  } finally {
    await env.emulator.control.clearFaults();
  }
});
