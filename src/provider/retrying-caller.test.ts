import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApplicationFailure } from '@temporalio/common';
import { RetryingCaller, type CallerOptions, type ClassifiedError } from './retrying-caller.js';
import { TokenBucket } from './token-bucket.js';

/** A made-up provider's answer: an HTTP status and, for 429, the seconds it asks to wait. */
interface Answer {
  status: number;
  retryAfterS?: number;
}

class AnswerError extends Error {
  constructor(readonly answer: Answer) {
    super(`HTTP ${answer.status}`);
  }
}

/** A provider whose classifier retries 429 and 5xx, honours Retry-After, and stops at anything else. */
class ToyCaller extends RetryingCaller<ClassifiedError> {
  constructor(options: Omit<CallerOptions, 'bucket'>) {
    super(
      {
        classify: (err) => {
          const answer = err instanceof AnswerError ? err.answer : undefined;
          const status = answer?.status;
          const retryable = status === undefined || status === 429 || status >= 500;
          const type = status === undefined ? 'ToyUnavailable' : retryable ? 'ToyRetryable' : 'ToyDenied';
          return {
            type,
            retryable,
            status,
            retryAfterMs: answer?.retryAfterS !== undefined ? answer.retryAfterS * 1000 : undefined,
          };
        },
        toFailure: (e) =>
          ApplicationFailure.create({ type: e.type, message: e.type, nonRetryable: !e.retryable }),
      },
      { bucket: new TokenBucket(6_000_000), baseDelayMs: 1, ...options },
    );
  }

  /** Sends the scripted answers one after the other; 200 reads as the attempt number. */
  get(answers: (Answer | 'no answer')[]): Promise<number> {
    let n = 0;
    return this.run(
      'GET /things',
      async () => {
        const next = answers[n++];
        if (next === 'no answer') throw new Error('connection reset');
        return next ?? { status: 200 };
      },
      (answer) => {
        if (answer.status !== 200) throw new AnswerError(answer);
        return n;
      },
    );
  }
}

test('retryable answers are retried until one succeeds; each request is observed with its own status', async () => {
  const requests: string[] = [];
  const retries: string[] = [];
  const caller = new ToyCaller({
    observer: {
      request: (method, status) => requests.push(`${method} ${status}`),
      retry: (_m, type) => retries.push(type),
      bucketWait: () => undefined,
      call: () => undefined,
    },
  });
  assert.equal(await caller.get([{ status: 503 }, 'no answer', { status: 429 }]), 4);
  assert.deepEqual(requests, ['GET 503', 'GET ToyUnavailable', 'GET 429', 'GET 200']);
  assert.deepEqual(retries, ['ToyRetryable', 'ToyUnavailable', 'ToyRetryable']);
  assert.equal(caller.calls, 4);
  assert.equal(caller.retries, 3);
});

test("a permanent answer throws the classifier's failure at once, without a retry", async () => {
  const caller = new ToyCaller({});
  await assert.rejects(caller.get([{ status: 403 }]), (err: unknown) => {
    assert.ok(err instanceof ApplicationFailure);
    assert.equal(err.type, 'ToyDenied');
    assert.equal(err.nonRetryable, true);
    return true;
  });
  assert.equal(caller.calls, 1);
});

test('Retry-After is honoured up to the cap, and the wait calls onWait in slices', async () => {
  const delays: number[] = [];
  let waits = 0;
  const caller = new ToyCaller({
    maxRetryAfterMs: 40,
    waitSliceMs: 10,
    onRetry: (_e, _a, delayMs) => delays.push(delayMs),
    onWait: () => void waits++,
  });
  assert.equal(await caller.get([{ status: 429, retryAfterS: 3600 }]), 2);
  assert.deepEqual(delays, [40]);
  assert.equal(waits, 4);
});

test('the last attempt throws the failure of its answer, even a retryable one', async () => {
  const caller = new ToyCaller({ maxAttempts: 2 });
  await assert.rejects(caller.get([{ status: 500 }, { status: 502 }]), { type: 'ToyRetryable' });
  assert.equal(caller.calls, 2);
});
