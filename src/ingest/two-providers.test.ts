import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ComputeWorkflow } from './workflows/compute.workflow.js';
import { computeWorkflowId } from './workflows/names.js';
import { s1Env, type S1Env } from '../test-support/s1-env.js';

const project = 'two-providers-gcp';
let env: S1Env;

before(async () => {
  env = await s1Env({
    console: 'two-providers-s1',
    s1: { generate: { seed: 'two-providers', standaloneAgents: 12 } },
    gcp: { generate: { seed: 'two-providers', projects: [project], instances: 6 } },
    providers: ['gcp', 's1'],
  });
});
after(() => env?.close());

/** Session activities of a workflow run: activity name → the task queues it was scheduled on. */
async function sessionQueues(workflowId: string): Promise<Map<string, Set<string>>> {
  const history = await env.temporal.client.workflow.getHandle(workflowId).fetchHistory();
  const queues = new Map<string, Set<string>>();
  for (const event of history.events ?? []) {
    const scheduled = event.activityTaskScheduledEventAttributes;
    const name = scheduled?.activityType?.name;
    if (!name?.startsWith('Ingest')) continue;
    queues.set(name, (queues.get(name) ?? new Set()).add(scheduled?.taskQueue?.name ?? ''));
  }
  return queues;
}

test('one worker serving GCP and S1 runs each provider in its own sessions, queues and clients', async () => {
  const compute = await env.temporal.client.workflow.start(ComputeWorkflow, {
    taskQueue: env.config.temporal.taskQueue,
    workflowId: computeWorkflowId(project),
    args: [{ projectId: project }],
  });
  const s1 = await env.ingestS1();
  const [gcpResult, s1Result] = await Promise.all([compute.result(), s1.result()]);
  assert.equal(gcpResult.status, 'ok');
  assert.equal(s1Result.status, 'ok');

  const gcpWorker = env.workers.providers.gcp!;
  const s1Worker = env.workers.providers.s1!;
  assert.notEqual(gcpWorker.sessionTaskQueue, s1Worker.sessionTaskQueue);
  for (const [name, queues] of await sessionQueues(computeWorkflowId(project)))
    assert.deepEqual([...queues], [gcpWorker.sessionTaskQueue], `${name} ran on the GCP session queue`);
  const s1Queues = await sessionQueues(s1.workflowId);
  assert.deepEqual([...s1Queues.keys()].sort(), ['IngestS1Agents', 'IngestS1Groups', 'IngestS1Sites']);
  for (const [name, queues] of s1Queues)
    assert.deepEqual([...queues], [s1Worker.sessionTaskQueue], `${name} ran on the S1 session queue`);

  assert.equal(gcpWorker.registry.constructions, 1, 'one Compute client, for the one GCP session');
  assert.equal(s1Worker.registry.constructions, 1, 'one S1 client, for the one S1 session');
  assert.equal(gcpWorker.registry.size + s1Worker.registry.size, 0, 'both sessions closed their clients');

  const truth = await env.s1.control.truth();
  const agents = await env.db.store.db
    .selectFrom('s1_agents' as never)
    .select(({ fn }) => fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(Number(agents.n), truth.agents.length);
});
