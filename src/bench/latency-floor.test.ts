import assert from 'node:assert/strict';
import { test } from 'node:test';
import { latencyFloor } from './latency-floor.js';

test('a project takes its longest collection; the sync takes the slowest project or the shared total, whichever is more', () => {
  const givenMs = {
    a: { 'instances.aggregatedList': 900, 'disks.aggregatedList': 400 },
    b: { 'instances.aggregatedList': 300 },
    c: { 'networks.list': 100 },
  };
  const calls = { a: { 'instances.aggregatedList': 6, 'disks.aggregatedList': 3 }, b: {}, c: {} };
  const one = latencyFloor(givenMs, calls, { concurrency: 1 });
  assert.deepEqual(one.slowestProject, { id: 'a', ms: 900, by: 'instances.aggregatedList' });
  assert.equal(one.sharedMs, 1300, 'one at a time: 900 + 300 + 100');
  assert.equal(one.floorMs, 1300);
  const ten = latencyFloor(givenMs, calls, { concurrency: 10 });
  assert.equal(ten.floorMs, 900, 'ten at a time: the slowest project bounds it');
});

test("a project's quota bounds it when its calls cannot fit in its longest collection's time", () => {
  const floor = latencyFloor(
    { a: { 'instances.aggregatedList': 500 } },
    { a: { 'instances.aggregatedList': 40, 'disks.aggregatedList': 20 } },
    { concurrency: 10, quotaPerMinute: 600 },
  );
  assert.deepEqual(floor.slowestProject, { id: 'a', ms: 6000, by: 'quota (60 calls)' });
  assert.equal(floor.floorMs, 6000);
});

test('a method called several at a time takes its total delay over that many', () => {
  const givenMs = { a: { 'instances.aggregatedList': 500, 'tagBindings.list': 2400 } };
  const calls = { a: { 'instances.aggregatedList': 3, 'tagBindings.list': 40 } };
  const serial = latencyFloor(givenMs, calls, { concurrency: 10 });
  assert.deepEqual(serial.slowestProject, { id: 'a', ms: 2400, by: 'tagBindings.list' });
  const eight = latencyFloor(givenMs, calls, { concurrency: 10, inFlight: { 'tagBindings.list': 8 } });
  assert.deepEqual(
    eight.slowestProject,
    { id: 'a', ms: 500, by: 'instances.aggregatedList' },
    '2400 / 8 = 300 < 500',
  );
});
