import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missingHeapFlags, WORKER_HEAP_FLAGS } from './worker-heap.js';

test('a worker adds only the heap flags the operator did not set, in execArgv or NODE_OPTIONS', () => {
  assert.deepEqual(missingHeapFlags([], undefined), [...WORKER_HEAP_FLAGS]);
  assert.deepEqual(missingHeapFlags(['--max-old-space-size=512'], undefined), ['--max-semi-space-size=2']);
  assert.deepEqual(missingHeapFlags([], '--max_semi_space_size=4 --max-old-space-size=1024'), []);
  assert.deepEqual(missingHeapFlags(['--enable-source-maps'], '--inspect'), [...WORKER_HEAP_FLAGS]);
});
