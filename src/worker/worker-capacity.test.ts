import assert from 'node:assert/strict';
import { test } from 'node:test';
import { capacityWarnings } from './ingest-worker.js';

test('an inventory concurrency above the session capacity is reported; one within it is not', () => {
  const over = capacityWarnings({
    maxConcurrentSessions: 10,
    inventoryConcurrency: 25,
  });
  assert.equal(over.length, 1);
  assert.match(over[0]!, /inventoryConcurrency 25 exceeds worker\.maxConcurrentSessions 10/);
  assert.match(over[0]!, /15 project\(s\) at a time wait/);
  assert.deepEqual(capacityWarnings({ maxConcurrentSessions: 10, inventoryConcurrency: 10 }), []);
});
