import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyGcpError } from './gcp-errors.js';

/** A gaxios-shaped error with Google's error body. */
function googleError(status: number, reason: string | undefined, headers: Record<string, string> = {}) {
  const body = {
    error: {
      code: status,
      message: `the ${reason ?? 'error'} message`,
      errors: reason ? [{ reason, domain: 'global' }] : [],
    },
  };
  return Object.assign(new Error(`Request failed with status code ${status}`), {
    status,
    response: { status, data: body, headers: new Headers(headers) },
  });
}

const cases: [string, unknown, string, boolean][] = [
  ['403 rateLimitExceeded', googleError(403, 'rateLimitExceeded'), 'GcpRateLimited', true],
  ['403 userRateLimitExceeded', googleError(403, 'userRateLimitExceeded'), 'GcpRateLimited', true],
  ['429', googleError(429, 'rateLimitExceeded'), 'GcpRateLimited', true],
  ['403 forbidden', googleError(403, 'forbidden'), 'GcpPermissionDenied', false],
  ['403 accessNotConfigured', googleError(403, 'accessNotConfigured'), 'GcpApiDisabled', false],
  ['401', googleError(401, 'authError'), 'GcpUnauthenticated', false],
  ['404', googleError(404, 'notFound'), 'GcpProjectNotFound', false],
  ['400', googleError(400, 'invalid'), 'GcpBadRequest', false],
  ['500', googleError(500, 'backendError'), 'GcpUnavailable', true],
  ['503', googleError(503, undefined), 'GcpUnavailable', true],
  [
    'connection reset',
    Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    'GcpUnavailable',
    true,
  ],
  ['malformed body', new SyntaxError('response body is not a JSON object'), 'GcpMalformedResponse', true],
];
for (const [name, error, type, retryable] of cases) {
  test(`classifyGcpError: ${name} → ${type}`, () => {
    const c = classifyGcpError(error, 'instances.aggregatedList my-project');
    assert.equal(c.type, type);
    assert.equal(c.retryable, retryable);
    assert.match(c.message, /^instances\.aggregatedList my-project: /);
  });
}

test('classifyGcpError reads Retry-After in seconds and as an HTTP date', () => {
  assert.equal(
    classifyGcpError(googleError(429, 'rateLimitExceeded', { 'retry-after': '7' }), 'x').retryAfterMs,
    7000,
  );
  const date = new Date(Date.now() + 5000).toUTCString();
  const ms = classifyGcpError(googleError(429, undefined, { 'retry-after': date }), 'x').retryAfterMs ?? 0;
  assert.ok(ms > 3000 && ms <= 5000, `${ms}`);
});
