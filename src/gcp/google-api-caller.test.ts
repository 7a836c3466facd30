import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApplicationFailure } from '@temporalio/common';
import { GoogleApiCaller } from './google-api-caller.js';
import { MalformedListingError } from './listing-shape.js';
import { TokenBucket } from '../provider/token-bucket.js';

function httpError(status: number, reason: string, retryAfter?: string) {
  const headers = new Headers(retryAfter ? { 'retry-after': retryAfter } : {});
  return Object.assign(new Error(`status ${status}`), {
    status,
    response: { status, headers, data: { error: { code: status, message: reason, errors: [{ reason }] } } },
  });
}

/** A call that fails with the given errors first, then answers. */
function flaky(errors: unknown[]) {
  let n = 0;
  return () =>
    n < errors.length
      ? Promise.reject(errors[n++] as Error)
      : Promise.resolve({ data: { ok: true, n: ++n } });
}

const fastBucket = () => new TokenBucket(6_000_000);

test('throttling and 5xx are retried until the call succeeds, with every retry reported', async () => {
  const retries: string[] = [];
  const caller = new GoogleApiCaller({
    bucket: fastBucket(),
    baseDelayMs: 1,
    onRetry: (e) => retries.push(e.type),
  });
  const body = await caller.call(
    'list',
    flaky([
      httpError(403, 'rateLimitExceeded'),
      httpError(429, 'rateLimitExceeded'),
      httpError(503, 'backendError'),
    ]),
  );
  assert.deepEqual(body, { ok: true, n: 4 });
  assert.deepEqual(retries, ['GcpRateLimited', 'GcpRateLimited', 'GcpUnavailable']);
  assert.equal(caller.calls, 4);
});

test('Retry-After is honoured', async () => {
  const delays: number[] = [];
  const caller = new GoogleApiCaller({
    bucket: fastBucket(),
    baseDelayMs: 1,
    onRetry: (_e, _a, d) => delays.push(d),
  });
  const started = Date.now();
  await caller.call('list', flaky([httpError(429, 'rateLimitExceeded', '1')]));
  assert.deepEqual(delays, [1000]);
  assert.ok(Date.now() - started >= 990);
});

test('permission denied fails at once as a non-retryable GcpPermissionDenied', async () => {
  const caller = new GoogleApiCaller({ bucket: fastBucket(), baseDelayMs: 1 });
  await assert.rejects(caller.call('list', flaky([httpError(403, 'forbidden')])), (err: unknown) => {
    assert.ok(err instanceof ApplicationFailure);
    assert.equal(err.type, 'GcpPermissionDenied');
    assert.equal(err.nonRetryable, true);
    return true;
  });
  assert.equal(caller.calls, 1);
});

test('a body that is not JSON is retried; after maxAttempts the failure stays retryable for Temporal', async () => {
  const caller = new GoogleApiCaller({ bucket: fastBucket(), baseDelayMs: 1, maxAttempts: 3 });
  const garbage = () => Promise.resolve({ data: '<html>truncated' as unknown as object });
  await assert.rejects(caller.call('list', garbage), (err: unknown) => {
    assert.ok(err instanceof ApplicationFailure);
    assert.equal(err.type, 'GcpMalformedResponse');
    assert.equal(err.nonRetryable, false);
    return true;
  });
  assert.equal(caller.calls, 3);
});

test('the token bucket paces calls to its rate after the burst', async () => {
  let now = 0;
  const bucket = new TokenBucket(600, 2, () => now);
  await bucket.take();
  await bucket.take();
  const third = bucket.take();
  let done = false;
  void third.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(done, false, 'a third call waits once the burst is spent');
  now += 100;
  await third;
  assert.equal(done, true);
});

test('Retry-After is honoured only up to the cap, and the wait calls onWait in slices', async () => {
  const waits: number[] = [];
  const delays: number[] = [];
  const caller = new GoogleApiCaller({
    bucket: fastBucket(),
    baseDelayMs: 1,
    maxRetryAfterMs: 30,
    waitSliceMs: 10,
    onRetry: (_e, _a, delayMs) => delays.push(delayMs),
    onWait: () => void waits.push(1),
  });
  await caller.call('list', flaky([httpError(429, 'rateLimitExceeded', '3600')]));
  assert.deepEqual(delays, [30], 'an hour asked, the cap waited');
  assert.equal(waits.length, 3, 'onWait once per 10 ms slice of 30 ms');
});

test('a throw from onWait ends the wait and the call (cancellation, a fenced lease)', async () => {
  const caller = new GoogleApiCaller({
    bucket: fastBucket(),
    baseDelayMs: 1,
    onWait: () => {
      throw new Error('cancelled');
    },
  });
  await assert.rejects(caller.call('list', flaky([httpError(503, 'backendError')])), /cancelled/);
});

test('a body that fails validation is retried as GcpMalformedResponse, then fails with that type', async () => {
  let calls = 0;
  const caller = new GoogleApiCaller({ bucket: fastBucket(), baseDelayMs: 1, maxAttempts: 3 });
  await assert.rejects(
    caller.call(
      'list',
      () => (calls++, Promise.resolve({ data: {} })),
      () => {
        throw new MalformedListingError('list: not a well-formed listing: kind is null');
      },
    ),
    (err: ApplicationFailure) => err.type === 'GcpMalformedResponse' && !err.nonRetryable,
  );
  assert.equal(calls, 3);
});
