import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runFeedBench } from './feed-bench.js';

test('the feeds bench phase at small scale: history equals the ground truth with and without duplicates and reordering', async () => {
  const r = await runFeedBench({
    mutations: 120,
    projects: 3,
    rate: 60,
    duplicate: 0.1,
    reorder: 0.1,
    seed: 29,
  });
  for (const run of [r.clean, r.faulty]) {
    assert.equal(run.history, 'equals the ground truth');
    assert.equal(run.fullSyncAfter.status, 'ok');
    assert.equal(run.fullSyncAfter.changedInFedKinds, 0, 'the full sync after the feed changed something');
    assert.ok(run.outcomes.applied! > 0 && Number.isFinite(run.latencyMs.p99), JSON.stringify(run));
  }
  assert.ok(
    r.faulty.duplicated > 0 && r.faulty.reordered > 0,
    'the faulty run duplicated and reordered messages',
  );
  assert.equal(r.faulty.mutations, r.clean.mutations, 'both runs made the same mutations');
  assert.equal(r.historyDifferences, 0, `histories differ: ${r.examples.join(', ')}`);
});
