import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatLogLine } from './runtime-logger.js';

test('a log entry is one line: time, level, message, attributes as JSON', () => {
  const line = formatLogLine({
    level: 'WARN',
    message: 'Retrying Google call',
    timestampNanos: 1_764_000_000_123_000_000n,
    meta: { projectId: 'p', attempt: 2, big: 10n, error: new Error('multi\nline') },
  });
  assert.equal(
    line,
    '2025-11-24T16:00:00.123Z WARN Retrying Google call {"projectId":"p","attempt":2,"big":"10","error":{"name":"Error","message":"multi\\nline"}}',
  );
  assert.equal(line.split('\n').length, 1);
});
