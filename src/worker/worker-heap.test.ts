import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEV_FLAGS, missingFlags, WORKER_HEAP_FLAGS } from './worker-heap.js';

test('a worker adds only the heap flags the operator did not set, in execArgv or NODE_OPTIONS', () => {
  assert.deepEqual(missingFlags([], undefined), [...WORKER_HEAP_FLAGS]);
  assert.deepEqual(missingFlags(['--max-old-space-size=512'], undefined), ['--max-semi-space-size=2']);
  assert.deepEqual(missingFlags([], '--max_semi_space_size=4 --max-old-space-size=1024'), []);
  assert.deepEqual(missingFlags(['--enable-source-maps'], '--inspect'), [...WORKER_HEAP_FLAGS]);
});

test('hotpot dev adds the heap flags and --liftoff-only, each unless already set', () => {
  assert.deepEqual(missingFlags([], undefined, DEV_FLAGS), [
    '--max-semi-space-size=2',
    '--max-old-space-size=256',
    '--liftoff-only',
  ]);
  assert.deepEqual(missingFlags(['--liftoff-only'], '--max-old-space-size=1024', DEV_FLAGS), [
    '--max-semi-space-size=2',
  ]);
});
