import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HotpotError } from '../errors.js';
import { diffJson, formatChange } from './json-diff.js';
import { parseTime } from './parse-time.js';
import { parseKind } from './kinds.js';

test('parseTime reads ISO-8601 and relative times and rejects anything else', () => {
  const now = new Date('2025-01-31T12:00:00Z');
  assert.equal(parseTime('-2h', '--as-of', now).toISOString(), '2025-01-31T10:00:00.000Z');
  assert.equal(parseTime('30m', '--as-of', now).toISOString(), '2025-01-31T11:30:00.000Z');
  assert.equal(parseTime('2025-01-01T00:00:00Z', '--as-of', now).toISOString(), '2025-01-01T00:00:00.000Z');
  assert.throws(
    () => parseTime('yesterday', '--as-of', now),
    (e: unknown) => e instanceof HotpotError && /--as-of 'yesterday'/.test(e.message),
  );
});

test('diffJson gives leaf paths through objects and arrays', () => {
  const a = {
    name: 'x',
    networkInterfaces: [{ accessConfigs: [{ natIP: '34.1.2.3' }] }],
    labels: { env: 'dev' },
  };
  const b = { name: 'x', networkInterfaces: [{ accessConfigs: [{ natIP: '34.9.9.9' }] }], labels: {} };
  assert.deepEqual(diffJson(a, b).map(formatChange), [
    'labels.env: dev → (absent)',
    'networkInterfaces[0].accessConfigs[0].natIP: 34.1.2.3 → 34.9.9.9',
  ]);
  assert.deepEqual(diffJson(a, a), []);
});

test('parseKind accepts the plural, the singular in any case style, and the full kind', () => {
  assert.equal(parseKind('instances'), 'instances');
  assert.equal(parseKind('instance'), 'instances');
  assert.equal(parseKind('sslPolicy'), 'sslPolicies');
  assert.equal(parseKind('ssl-policy'), 'sslPolicies');
  assert.equal(parseKind('ssl_policy'), 'sslPolicies');
  assert.equal(parseKind('address'), 'addresses');
  assert.equal(parseKind('gcp.compute.target_http_proxy'), 'targetHttpProxies');
  assert.throws(() => parseKind('vms'), /unknown resource kind 'vms': use one of instances, disks/);
});
