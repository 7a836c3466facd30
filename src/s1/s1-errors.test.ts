import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ResponseTooLargeError } from '../http/capped-fetch.js';
import { classifyS1Thrown } from './s1-errors.js';

test('an over-cap body is recognised by its class, through a cause chain, as malformed and not retried', () => {
  const cap = new ResponseTooLargeError(1024, 's1.maxResponseBytes');
  for (const err of [cap, new TypeError('terminated', { cause: cap })]) {
    const c = classifyS1Thrown('GET /agents', err);
    assert.equal(c.type, 'S1MalformedResponse');
    assert.equal(c.retryable, false);
    assert.match(c.message, /s1\.maxResponseBytes/);
  }
});

test('an error whose text merely reads like the cap is a network failure, retried', () => {
  const c = classifyS1Thrown(
    'GET /agents',
    new Error('fetch failed: response body exceeds the cap of 1 bytes'),
  );
  assert.equal(c.type, 'S1Unavailable');
  assert.equal(c.retryable, true);
});
