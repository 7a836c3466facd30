import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { DeterminismViolationError } from '@temporalio/workflow';
import { bundleWorkflowCode, DefaultLogger, Worker } from '@temporalio/worker';
import { installQuietRuntime } from '../test-support/temporal.js';
import { historyOfFixture, readHistoryFixtures } from './testing/history-fixtures.js';

const bundlePath = fileURLToPath(new URL('./workflows.bundle.js', import.meta.url));
const fixtures = readHistoryFixtures();

function workflowType(history: unknown): string | undefined {
  const first = (
    history as {
      events?: { workflowExecutionStartedEventAttributes?: { workflowType?: { name?: string } } }[];
    }
  ).events?.[0];
  return first?.workflowExecutionStartedEventAttributes?.workflowType?.name;
}

describe('recorded workflow histories replay against the current code', () => {
  it('has a recorded history of every workflow type', () => {
    const types = new Set(fixtures.map(({ fixture }) => workflowType(fixture.history)));
    assert.deepEqual([...types].sort(), [
      'ComputeWorkflow',
      'GCPInventoryWorkflow',
      'GcpServiceWorkflow',
      'InstanceWorkflow',
    ]);
  });

  it('replays every recorded history with the built workflow bundle without a non-determinism error', async () => {
    installQuietRuntime();
    const histories = fixtures.map(({ fixture }) => ({
      workflowId: fixture.workflowId,
      history: historyOfFixture(fixture),
    }));
    const failures: string[] = [];
    let replayed = 0;
    for await (const result of Worker.runReplayHistories(
      { workflowBundle: { codePath: bundlePath } },
      histories,
    )) {
      replayed++;
      if (result.error) failures.push(`${result.workflowId}: ${result.error.name}: ${result.error.message}`);
    }
    assert.equal(replayed, fixtures.length);
    assert.deepEqual(failures, []);
  });

  it('fails on a workflow changed without a patch', async () => {
    installQuietRuntime();
    const recorded = fixtures.find(({ name }) => name === 'compute-ok');
    assert.ok(recorded, 'the compute-ok history is recorded');
    const workflowBundle = await bundleWorkflowCode({
      workflowsPath: fileURLToPath(new URL('./testing/changed.workflow.js', import.meta.url)),
      logger: new DefaultLogger('WARN'),
    });
    await assert.rejects(
      Worker.runReplayHistory(
        { workflowBundle },
        historyOfFixture(recorded.fixture),
        recorded.fixture.workflowId,
      ),
      DeterminismViolationError,
    );
  });
});
