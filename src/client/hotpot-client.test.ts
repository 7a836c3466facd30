import { projectKinds } from '../gcp/compute/kinds.js';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { ScheduleOverlapPolicy } from '@temporalio/client';
import { ingestEnv, type IngestEnv } from '../test-support/ingest-env.js';
import { createHotpotClient, type HotpotClient } from './hotpot-client.js';
import { projectOutcome } from './outcome.js';

const tag = randomBytes(3).toString('hex');
const projects = [1, 2, 3].map((n) => `hc-${tag}-${n}`);
let env: IngestEnv;
let hotpot: HotpotClient;

before(async () => {
  env = await ingestEnv({
    emulator: { generate: { seed: 5, projects, zones: 2, instances: 6, disks: 3, networks: 1 } },
  });
  hotpot = createHotpotClient(env.temporal.client, { taskQueue: env.config.temporal.taskQueue });
});
after(() => env?.close());

test('startInventory runs GCPInventoryWorkflow over every project; progress answers while it runs', async () => {
  const handle = await hotpot.startInventory({ projectIds: projects, concurrency: 2 });
  assert.match(handle.workflowId, /^gcp-inventory\/\d{4}-\d\d-\d\dT/);
  const progress = await hotpot.inventoryProgress(handle);
  assert.equal(progress.total, projects.length);
  const result = await handle.result();
  assert.equal(result.status, 'ok');
  assert.deepEqual(result.projects.map((p) => p.projectId).sort(), projects);
  const truth = await env.emulator.control.groundTruth(projects[0]!);
  const first = result.projects.find((p) => p.projectId === projects[0]);
  assert.equal(first?.resources.instances?.listed, truth.resources.instances.length);
  assert.equal((await hotpot.inventoryProgress(handle)).done, projects.length);
});

test('startCompute and startInstances run their workflows under their ids', async () => {
  const project = projects[1]!;
  const compute = await hotpot.startCompute(project);
  assert.equal(compute.workflowId, `gcp-compute/${project}`);
  const computed = await compute.result();
  assert.equal(computed.status, 'ok');
  assert.deepEqual(Object.keys(computed.resources).sort(), projectKinds.map((k) => k.plural).sort());

  const instances = await hotpot.startInstances(project);
  assert.equal(instances.workflowId, `gcp-instances/${project}`);
  const result = await instances.result();
  assert.deepEqual(Object.keys(result.resources), ['instances']);
  assert.equal(
    result.resources.instances?.unchanged,
    (await env.emulator.control.groundTruth(project)).resources.instances.length,
  );
});

test('projectOutcome turns a permanent failure into a failed result with its type', async () => {
  const project = projects[2]!;
  await env.emulator.control.setFault({ kind: 'permissionDenied', project });
  try {
    const outcome = await projectOutcome(project, await hotpot.startInstances(project));
    assert.equal(outcome.status, 'failed');
    assert.equal(outcome.error?.type, 'GcpPermissionDenied');
  } finally {
    await env.emulator.control.clearFaults();
  }
});

test('a schedule is created with overlap skip, described, triggered (a run appears), paused and deleted', async () => {
  const scheduleId = `hotpot-test-${tag}`;
  await hotpot.createSchedule({ scheduleId, interval: '6h', projectIds: [projects[0]!] });
  try {
    const described = await hotpot.describeSchedule(scheduleId);
    assert.equal(described.policies.overlap, ScheduleOverlapPolicy.SKIP);
    assert.equal(described.spec.intervals?.[0]?.every, 6 * 3600 * 1000);
    assert.equal(
      described.action.type === 'startWorkflow' && described.action.workflowType,
      'GCPInventoryWorkflow',
    );
    assert.equal(described.memo?.timing, 'every 6h');

    await hotpot.triggerSchedule(scheduleId);
    let recent: string | undefined;
    while (!recent) {
      recent = (await hotpot.describeSchedule(scheduleId)).info.recentActions[0]?.action.workflow.workflowId;
      if (!recent) await new Promise((r) => setTimeout(r, 200));
    }
    assert.ok(recent, 'the triggered run appears among recent actions');
    const run = (await env.temporal.client.workflow.getHandle(recent).result()) as { status: string };
    assert.equal(run.status, 'ok');

    await hotpot.pauseSchedule(scheduleId, 'test');
    assert.equal((await hotpot.describeSchedule(scheduleId)).state.paused, true);
    await hotpot.unpauseSchedule(scheduleId);
    assert.equal((await hotpot.describeSchedule(scheduleId)).state.paused, false);
  } finally {
    await hotpot.deleteSchedule(scheduleId);
  }
  await assert.rejects(hotpot.describeSchedule(scheduleId), /not found/i);
});
