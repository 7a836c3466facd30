import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FortinetFailureType } from './failure-types.js';
import { classifyFortinet } from './fortinet-errors.js';

// FortiOS REST API "HTTP status codes": 424 Failed Dependency answers a request naming an unknown VDOM or table.
const cases: [number | undefined, string, boolean][] = [
  [424, FortinetFailureType.FailedDependency, false],
  [401, FortinetFailureType.Unauthenticated, false],
  [403, FortinetFailureType.PermissionDenied, false],
  [404, FortinetFailureType.NotFound, false],
  [405, FortinetFailureType.BadRequest, false],
  [429, FortinetFailureType.RateLimited, true],
  [500, FortinetFailureType.Unavailable, true],
  [200, FortinetFailureType.MalformedResponse, true],
  [undefined, FortinetFailureType.Unavailable, true],
];

for (const [status, type, retryable] of cases)
  test(`FortiOS HTTP ${status ?? 'no answer'} is ${type}`, () => {
    const c = classifyFortinet('GET fw-1 /api/v2/cmdb/firewall/policy vdom=root', status, 'd');
    assert.deepEqual([c.type, c.retryable], [type, retryable]);
  });
