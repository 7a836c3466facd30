import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertTargetPool } from './convert.js';
import { targetPool } from './fixtures.js';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

test('convertTargetPool: instances and health checks as URLs, located in its region', () => {
  assert.deepEqual(convertTargetPool(targetPool), {
    id: '5300000000000000001',
    name: 'nlb-pool',
    location: 'europe-west1',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    instances: [
      `${project}/zones/europe-west1-b/instances/web-1`,
      `${project}/zones/europe-west1-c/instances/web-2`,
    ],
    health_checks: [`${project}/global/httpHealthChecks/basic-check`],
    session_affinity: 'CLIENT_IP',
    backup_pool: undefined,
  });
});

test('convertTargetPool: an empty pool has empty arrays', () => {
  const row = convertTargetPool({ ...targetPool, instances: undefined, healthChecks: undefined });
  assert.deepEqual([row.instances, row.health_checks], [[], []]);
});
