import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { emulatorComputeClient, startEmulator, type RunningEmulator } from './index.js';
import { LatencyModel } from './latency-model.js';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

describe('the google latency model', () => {
  it('gives a 500-item aggregated page ≈150 ms at the median and ≈1 s at p99, a get far less', () => {
    const model = new LatencyModel('google', 7);
    const pages = Array.from({ length: 4001 }, () => model.delayMs('p', 'instances.aggregatedList', 500));
    const gets = Array.from({ length: 4001 }, () => model.delayMs('p', 'instances.get', 1));
    assert.ok(Math.abs(percentile(pages, 0.5) - 150) <= 15, `page p50 ${percentile(pages, 0.5)}`);
    assert.ok(Math.abs(percentile(pages, 0.99) - 1000) <= 200, `page p99 ${percentile(pages, 0.99)}`);
    assert.ok(percentile(gets, 0.5) < 60 && percentile(gets, 0.99) < 400, 'gets are quicker');
    const small = new LatencyModel('google', 7);
    const smallPages = Array.from({ length: 4001 }, () => small.delayMs('p', 'instances.list', 10));
    assert.ok(percentile(smallPages, 0.5) < percentile(pages, 0.5) / 3, 'a 10-item page is quicker');
  });

  it('is deterministic per seed and records each project × method total', () => {
    const a = new LatencyModel('google', 'seed');
    const b = new LatencyModel('google', 'seed');
    const drawn = [1, 2, 3].map(() => a.delayMs('proj', 'disks.aggregatedList', 500));
    assert.deepEqual(
      drawn,
      [1, 2, 3].map(() => b.delayMs('proj', 'disks.aggregatedList', 500)),
    );
    assert.deepEqual(a.givenJson(), { proj: { 'disks.aggregatedList': drawn[0]! + drawn[1]! + drawn[2]! } });
    assert.equal(new LatencyModel('none', 'seed').delayMs('proj', 'disks.get', 1), 0);
  });
});

describe('the control API latency endpoint', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ generate: { seed: 3, projects: ['lat-1'], instances: 3, disks: 0 } });
  });
  after(() => emulator?.stop());

  it('applies the model to Compute calls and reports the delay each method was given', async () => {
    await emulator.control.setLatency('google');
    const compute = emulatorComputeClient(emulator.url);
    await compute.instances.aggregatedList({ project: 'lat-1', maxResults: 500 });
    await compute.networks.list({ project: 'lat-1', maxResults: 500 });
    const { model, givenMs } = await emulator.control.latency();
    assert.equal(model, 'google');
    assert.deepEqual(Object.keys(givenMs['lat-1'] ?? {}).sort(), [
      'instances.aggregatedList',
      'networks.list',
    ]);
    assert.ok(Object.values(givenMs['lat-1']!).every((ms) => ms > 0));
    await emulator.control.setLatency('none');
    await compute.networks.list({ project: 'lat-1' });
    assert.deepEqual((await emulator.control.latency()).givenMs, {}, 'a new model starts a new record');
  });
});
