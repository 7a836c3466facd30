import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertVpnGateway } from './convert.js';
import { vpnGatewayFixture } from './fixtures.js';

const cases: {
  name: string;
  overrides: Parameters<typeof vpnGatewayFixture>[0];
  want: Partial<ReturnType<typeof convertVpnGateway>>;
}[] = [
  {
    name: 'network and interface addresses',
    overrides: {},
    want: {
      location: 'us-central1',
      network: 'default',
      ip_addresses: ['35.242.1.10', '35.220.2.20'],
      stack_type: 'IPV4_ONLY',
      labels: { env: 'prod' },
    },
  },
  {
    name: 'interfaces not yet addressed',
    overrides: { vpnInterfaces: [{ id: 0 }], labels: undefined },
    want: { ip_addresses: [], labels: {} },
  },
];

for (const c of cases)
  test(`convertVpnGateway: ${c.name}`, () => {
    const row = convertVpnGateway(vpnGatewayFixture(c.overrides));
    for (const [column, value] of Object.entries(c.want))
      assert.deepEqual(row[column as keyof typeof row], value, column);
  });
