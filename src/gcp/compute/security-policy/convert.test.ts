import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertSecurityPolicy } from './convert.js';
import { securityPolicy } from './fixtures.js';

test('convertSecurityPolicy: the default rule gives the default action', () => {
  assert.deepEqual(convertSecurityPolicy(securityPolicy), {
    id: '6000000000000000001',
    name: 'edge-armor',
    location: 'global',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    type: 'CLOUD_ARMOR',
    default_action: 'deny(404)',
    rule_count: 2,
    labels: { team: 'edge' },
  });
});

test('convertSecurityPolicy: no rules, no default action', () => {
  const row = convertSecurityPolicy({ ...securityPolicy, rules: undefined, labels: undefined });
  assert.deepEqual([row.default_action, row.rule_count, row.labels], [undefined, 0, {}]);
});
