import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertBackendService } from './convert.js';
import { globalBackendService, regionalBackendService } from './fixtures.js';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

test('convertBackendService: a global external service keeps its groups, health checks and policy as URLs', () => {
  assert.deepEqual(convertBackendService(globalBackendService), {
    id: '5200000000000000001',
    name: 'web-0-bs',
    location: 'global',
    creation_timestamp: '2024-03-01T10:00:00.000-08:00',
    load_balancing_scheme: 'EXTERNAL_MANAGED',
    protocol: 'HTTP',
    port_name: 'http',
    backend_groups: [
      `${project}/zones/us-central1-a/instanceGroups/ig-a`,
      `${project}/zones/us-central1-b/instanceGroups/ig-b`,
    ],
    health_checks: [`${project}/global/healthChecks/web-0-hc`],
    security_policy: `${project}/global/securityPolicies/web-0-armor`,
    network: null,
    session_affinity: 'NONE',
    enable_cdn: false,
    timeout_sec: 30,
  });
});

test('convertBackendService: a regional internal service is located in its region with its network name', () => {
  const row = convertBackendService(regionalBackendService);
  assert.equal(row.location, 'us-central1');
  assert.equal(row.network, 'default');
  assert.equal(row.load_balancing_scheme, 'INTERNAL');
  assert.equal(row.port_name, undefined);
  assert.deepEqual(row.backend_groups, [`${project}/zones/us-central1-a/instanceGroups/ig-a`]);
});

test('convertBackendService: no backends and no health checks give empty arrays; a backend without group is skipped', () => {
  const row = convertBackendService({
    ...regionalBackendService,
    backends: [{ balancingMode: 'CONNECTION' }],
    healthChecks: undefined,
  });
  assert.deepEqual(row.backend_groups, []);
  assert.deepEqual(row.health_checks, []);
});
