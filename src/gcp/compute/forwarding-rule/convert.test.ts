import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertForwardingRule } from './convert.js';
import { globalHttpsForwardingRule, internalForwardingRule } from './fixtures.js';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

const cases: { name: string; item: Parameters<typeof convertForwardingRule>[0]; row: object }[] = [
  {
    name: 'regional internal rule with ports and a backend service',
    item: internalForwardingRule,
    row: {
      id: '5100000000000000001',
      name: 'ilb-us-central1-0',
      location: 'us-central1',
      creation_timestamp: '2024-03-01T10:00:00.000-08:00',
      ip_address: '10.0.0.12',
      ip_protocol: 'TCP',
      port_range: undefined,
      ports: ['443', '8443'],
      all_ports: undefined,
      load_balancing_scheme: 'INTERNAL',
      target: undefined,
      backend_service: `${project}/regions/us-central1/backendServices/ilb-us-central1-0-bs`,
      network: 'default',
      subnetwork: 'default-us-central1',
      network_tier: 'PREMIUM',
      labels: { env: 'prod', owner: 'zoë' },
    },
  },
  {
    name: 'global external rule with a port range and a target proxy',
    item: globalHttpsForwardingRule,
    row: {
      id: '5100000000000000002',
      name: 'web-0-https',
      location: 'global',
      creation_timestamp: '2024-03-02T10:00:00.000-08:00',
      ip_address: '34.120.1.2',
      ip_protocol: 'TCP',
      port_range: '443-443',
      ports: [],
      all_ports: undefined,
      load_balancing_scheme: 'EXTERNAL_MANAGED',
      target: `${project}/global/targetHttpsProxies/web-0-https-proxy`,
      backend_service: undefined,
      network: null,
      subnetwork: null,
      network_tier: 'PREMIUM',
      labels: {},
    },
  },
];

for (const c of cases)
  test(`convertForwardingRule: ${c.name}`, () => assert.deepEqual(convertForwardingRule(c.item), c.row));

test('convertForwardingRule refuses a rule without id', () => {
  assert.throws(() => convertForwardingRule({ ...internalForwardingRule, id: undefined }), {
    type: 'GcpMalformedResource',
  });
});
