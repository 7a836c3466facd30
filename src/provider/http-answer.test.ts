import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ResponseTooLargeError } from '../http/capped-fetch.js';
import {
  classifyHttpAnswer,
  classifyHttpThrown,
  httpClassifier,
  HttpAnswerError,
  retryAfterMs,
  toHttpFailure,
} from './http-answer.js';

const T = {
  Unauthenticated: 'XUnauthenticated',
  PermissionDenied: 'XPermissionDenied',
  NotFound: 'XNotFound',
  BadRequest: 'XBadRequest',
  RateLimited: 'XRateLimited',
  Unavailable: 'XUnavailable',
  MalformedResponse: 'XMalformedResponse',
};

// Status codes as the vendors document them: FortiOS REST API "HTTP status codes" (400 bad request, 401 not
// authorized, 403 forbidden, 404 resource not found, 405 method not allowed, 413 entity too large, 424 failed
// dependency, 429 access temporarily blocked, 500 internal server error); SentinelOne API (401 unauthorized token,
// 403 insufficient permissions, 429 rate limit exceeded, 5xx); VNG Cloud vServer (400, 401, 403, 404, 429, 5xx).
const cases: [status: number | undefined, type: string, retryable: boolean][] = [
  [undefined, T.Unavailable, true],
  [200, T.MalformedResponse, true],
  [400, T.BadRequest, false],
  [401, T.Unauthenticated, false],
  [403, T.PermissionDenied, false],
  [404, T.NotFound, false],
  [405, T.BadRequest, false],
  [408, T.Unavailable, true],
  [413, T.BadRequest, false],
  [424, T.BadRequest, false],
  [429, T.RateLimited, true],
  [500, T.Unavailable, true],
  [502, T.Unavailable, true],
  [503, T.Unavailable, true],
  [504, T.Unavailable, true],
];

for (const [status, type, retryable] of cases)
  test(`HTTP ${status ?? 'no answer'} is ${type}, ${retryable ? 'retried' : 'not retried'}`, () => {
    const c = classifyHttpAnswer(T, 'GET /x', status, 'detail');
    assert.deepEqual([c.type, c.retryable, c.status], [type, retryable, status]);
    assert.equal(c.message, `GET /x: ${status ? `HTTP ${status}: ` : ''}detail`);
  });

test('Retry-After in seconds or as an HTTP date; absent or unreadable is undefined', () => {
  assert.equal(retryAfterMs('7'), 7000);
  assert.equal(retryAfterMs('0'), 0);
  assert.equal(retryAfterMs(null), undefined);
  assert.equal(retryAfterMs('soon'), undefined);
  const at = retryAfterMs(new Date(Date.now() + 120_000).toUTCString())!;
  assert.ok(at > 100_000 && at <= 120_000, `${at}`);
  assert.equal(retryAfterMs(new Date(Date.now() - 60_000).toUTCString()), 0);
  assert.equal(classifyHttpAnswer(T, 'GET /x', 429, 'd', '3').retryAfterMs, 3000);
});

test('a throw: an over-cap body (by class, through a cause) is malformed and final; anything else is retried', () => {
  const cap = new ResponseTooLargeError(1024, 'x.maxResponseBytes');
  for (const err of [cap, new TypeError('terminated', { cause: cap })]) {
    const c = classifyHttpThrown(T, 'GET /x', err);
    assert.deepEqual([c.type, c.retryable], [T.MalformedResponse, false]);
  }
  const net = classifyHttpThrown(
    T,
    'GET /x',
    new TypeError('fetch failed', { cause: new Error('ECONNRESET') }),
  );
  assert.deepEqual([net.type, net.retryable], [T.Unavailable, true]);
  assert.match(net.message, /fetch failed ECONNRESET/);
  const lookalike = classifyHttpThrown(T, 'GET /x', new Error('response body exceeds the cap of 1 bytes'));
  assert.deepEqual([lookalike.type, lookalike.retryable], [T.Unavailable, true]);
});

test('the classifier keeps an answer error its class, and the failure is non-retryable exactly when the class is', () => {
  const classifier = httpClassifier(T);
  const answered = classifyHttpAnswer(T, 'GET /x', 404, 'gone');
  assert.equal(classifier.classify(new HttpAnswerError(answered), 'GET /y'), answered);
  assert.equal(classifier.classify(new Error('boom'), 'GET /y').type, T.Unavailable);
  const failure = toHttpFailure(answered);
  assert.deepEqual([failure.type, failure.nonRetryable], [T.NotFound, true]);
  assert.equal(toHttpFailure(classifyHttpAnswer(T, 'GET /x', 503, 'd')).nonRetryable, false);
});
