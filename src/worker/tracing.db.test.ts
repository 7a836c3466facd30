import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { TracingSettings } from '../config/types.js';
import { computeWorkflowId } from '../ingest/workflows/names.js';
import { ingestEnv } from '../test-support/ingest-env.js';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './testing/otlp-receiver.js';
import { Worker } from '@temporalio/worker';
import { installQuietRuntime } from '../test-support/temporal.js';
import { tracesUrl } from './tracing.js';
import { prebuiltBundlePath } from './workflow-bundle.js';

const off: TracingSettings = { exporter: 'none', serviceName: 'hotpot-worker', sdkDisabled: false };

test('tracing is off unless OTEL_TRACES_EXPORTER=otlp; endpoints resolve as OTel specifies', () => {
  const cases: [Partial<TracingSettings> | undefined, string | undefined][] = [
    [undefined, undefined],
    [{}, undefined],
    [{ endpoint: 'http://collector:4318' }, undefined],
    [{ exporter: 'otlp' }, 'http://localhost:4318/v1/traces'],
    [{ exporter: 'otlp', endpoint: 'http://collector:4318/' }, 'http://collector:4318/v1/traces'],
    [
      { exporter: 'otlp', endpoint: 'http://a:4318', tracesEndpoint: 'https://b/otlp/traces' },
      'https://b/otlp/traces',
    ],
    [{ exporter: 'otlp', endpoint: 'http://a:4318', sdkDisabled: true }, undefined],
  ];
  for (const [settings, url] of cases)
    assert.equal(tracesUrl(settings && { ...off, ...settings }), url, JSON.stringify(settings));
});

/** Runs one ComputeWorkflow on a real worker and Temporal dev server, exporting to a receiver this test runs. */
async function syncOneProject(tracing: TracingSettings) {
  const receiver = await startOtlpReceiver();
  const projectId = `otel-${randomBytes(3).toString('hex')}`;
  const env = await ingestEnv({
    emulator: {
      generate: { seed: 7, projects: [projectId], zones: 2, instances: 300, disks: 100, networks: 2 },
    },
    tracing: { ...tracing, endpoint: receiver.url },
  });
  try {
    const cpu = process.cpuUsage();
    const handle = await env.compute(projectId);
    const result = await handle.result();
    const { user, system } = process.cpuUsage(cpu);
    const cost = `cpu ${Math.round((user + system) / 1000)} ms, rss ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB`;
    const history = await handle.fetchHistory();
    return { receiver, projectId, result, history, cost, tracesUrl: env.worker.tracesUrl };
  } finally {
    await env.close();
  }
}

describe('a worker with tracing on', () => {
  let run: Awaited<ReturnType<typeof syncOneProject>>;
  let receiver: OtlpReceiver;
  before(async () => {
    run = await syncOneProject({ ...off, exporter: 'otlp', serviceName: 'hotpot-otel-test' });
    receiver = run.receiver;
  });
  after(() => receiver?.close());

  test('exports the workflow span and its activities as children, over OTLP/HTTP JSON', (t) => {
    t.diagnostic(
      `one traced sync (worker + emulator in this process): ${run.cost}, ${receiver.spans.length} spans`,
    );
    assert.equal(run.tracesUrl, `${receiver.url}/v1/traces`);
    assert.ok(receiver.requests.length > 0);
    for (const r of receiver.requests) assert.equal(r.path, '/v1/traces');
    const workflowId = computeWorkflowId(run.projectId);
    const byId = new Map(receiver.spans.map((s) => [s.spanId, s]));
    const workflow = receiver.spans.find(
      (s) => s.name === 'RunWorkflow:ComputeWorkflow' && s.attributes.workflowId === workflowId,
    );
    assert.ok(
      workflow,
      `a RunWorkflow:ComputeWorkflow span; got ${[...byId.values()].map((s) => s.name).join(', ')}`,
    );
    const activities = receiver.spans.filter(
      (s) => s.name.startsWith('RunActivity:') && s.attributes.temporalWorkflowId === workflowId,
    );
    assert.ok(activities.length >= 2, `activity spans: ${activities.map((s) => s.name).join(', ')}`);
    for (const activity of activities) {
      const type = activity.name.slice('RunActivity:'.length);
      const scheduled = byId.get(activity.parentSpanId ?? '');
      assert.equal(scheduled?.name, `StartActivity:${type}`, `${activity.name}'s parent`);
      assert.equal(
        ancestorOf(activity, workflow, byId),
        true,
        `${activity.name} descends from the workflow span`,
      );
      assert.equal(activity.traceId, workflow.traceId);
    }
    for (const s of receiver.spans) assert.equal(s.service, 'hotpot-otel-test');
  });

  test('the traced run replays on the traced bundle without a non-determinism error', async () => {
    installQuietRuntime();
    await Worker.runReplayHistory(
      {
        workflowBundle: { codePath: prebuiltBundlePath(true) },
        sinks: { exporter: { export: { fn: () => {} } } },
      },
      run.history,
      computeWorkflowId(run.projectId),
    );
  });

  test('spans carry names and Temporal ids only', () => {
    const allowed = new Set([
      'temporalWorkflowId',
      'temporalActivityId',
      'run_id',
      'workflowId',
      'runId',
      'workflowType',
      'taskQueue',
      'namespace',
      'attempt',
    ]);
    for (const s of receiver.spans)
      for (const key of Object.keys(s.attributes)) assert.ok(allowed.has(key), `${s.name} carries ${key}`);
  });
});

test('with tracing off the worker exports nothing, even with an endpoint set', async (t) => {
  const run = await syncOneProject(off);
  try {
    t.diagnostic(`one untraced sync (worker + emulator in this process): ${run.cost}`);
    assert.equal(run.tracesUrl, undefined);
    assert.equal(run.result.status, 'ok');
    assert.deepEqual(run.receiver.requests, []);
  } finally {
    await run.receiver.close();
  }
});

function ancestorOf(span: ReceivedSpan, ancestor: ReceivedSpan, byId: Map<string, ReceivedSpan>): boolean {
  for (let at = byId.get(span.parentSpanId ?? ''); at; at = byId.get(at.parentSpanId ?? ''))
    if (at.spanId === ancestor.spanId) return true;
  return false;
}
