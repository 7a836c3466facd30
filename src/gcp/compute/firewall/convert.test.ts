import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertFirewall } from './convert.js';

const base = 'https://www.googleapis.com/compute/v1/projects/p';

test('convertFirewall summarises direction, ranges, targets and rules', () => {
  const row = convertFirewall({
    kind: 'compute#firewall',
    id: '11',
    name: 'allow-web',
    creationTimestamp: '2024-01-01T00:00:00.000-08:00',
    network: `${base}/global/networks/prod`,
    priority: 900,
    direction: 'INGRESS',
    sourceRanges: ['0.0.0.0/0'],
    targetTags: ['web'],
    allowed: [{ IPProtocol: 'tcp', ports: ['80', '443-444'] }, { IPProtocol: 'icmp' }],
    selfLink: `${base}/global/firewalls/allow-web`,
  });
  assert.equal(row.location, 'global');
  assert.equal(row.network, 'prod');
  assert.equal(row.priority, 900);
  assert.equal(row.disabled, false);
  assert.deepEqual(row.allowed, ['tcp:80,443-444', 'icmp']);
  assert.deepEqual(row.denied, []);
  assert.deepEqual(row.source_ranges, ['0.0.0.0/0']);
  assert.deepEqual(row.target_service_accounts, []);
});
