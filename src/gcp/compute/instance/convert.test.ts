import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertInstance } from './convert.js';
import { instanceFixture } from './fixtures.js';

test('convertInstance extracts the columns people filter on', () => {
  const row = convertInstance(instanceFixture(7));
  assert.equal(row.id, '4000000000000000007');
  assert.equal(row.name, 'vm-7');
  assert.equal(row.location, 'us-central1-a');
  assert.equal(row.machine_type, 'e2-standard-2');
  assert.deepEqual(row.internal_ips, ['10.0.0.9']);
  assert.deepEqual(row.external_ips, ['34.1.0.9']);
  assert.deepEqual(row.network_tags, ['web']);
  assert.deepEqual(row.labels, { env: 'prod', team: 'søk' });
  assert.deepEqual(row.service_accounts, ['sa@fixture-project.iam.gserviceaccount.com']);
});

const cases: {
  name: string;
  overrides: Parameters<typeof instanceFixture>[1];
  check: (row: ReturnType<typeof convertInstance>) => void;
}[] = [
  {
    name: 'no NICs',
    overrides: { networkInterfaces: [] },
    check: (r) => (assert.deepEqual(r.internal_ips, []), assert.deepEqual(r.external_ips, [])),
  },
  {
    name: 'NIC without access config',
    overrides: { networkInterfaces: [{ networkIP: '10.1.1.1' }] },
    check: (r) => (assert.deepEqual(r.internal_ips, ['10.1.1.1']), assert.deepEqual(r.external_ips, [])),
  },
  {
    name: 'IPv6 internal and external',
    overrides: {
      networkInterfaces: [
        {
          networkIP: '10.1.1.1',
          ipv6Address: 'fd20::1',
          ipv6AccessConfigs: [{ externalIpv6: '2600:1900::1' }],
        },
      ],
    },
    check: (r) => (
      assert.deepEqual(r.internal_ips, ['10.1.1.1', 'fd20::1']),
      assert.deepEqual(r.external_ips, ['2600:1900::1'])
    ),
  },
  {
    name: 'no labels, tags or service accounts',
    overrides: { labels: undefined, tags: undefined, serviceAccounts: undefined },
    check: (r) => (
      assert.deepEqual(r.labels, {}),
      assert.deepEqual(r.network_tags, []),
      assert.deepEqual(r.service_accounts, [])
    ),
  },
  {
    name: 'missing optional scalars become null/undefined',
    overrides: { status: undefined, machineType: undefined },
    check: (r) => (assert.equal(r.status, undefined), assert.equal(r.machine_type, null)),
  },
];
for (const c of cases)
  test(`convertInstance: ${c.name}`, () => c.check(convertInstance(instanceFixture(1, c.overrides))));

test('convertInstance rejects an instance without id, naming it', () => {
  assert.throws(
    () => convertInstance(instanceFixture(3, { id: undefined })),
    /instance without id.*instances\/vm-3/,
  );
});
