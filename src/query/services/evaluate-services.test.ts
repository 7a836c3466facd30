import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bucketExposure, clusterExposure, sqlExposure } from './evaluate-services.js';
import { isOpenRange } from './open-range.js';

const base = { scope: 'p', resource: 'r', location: 'l' };

test('open ranges: /8 or wider outside private space', () => {
  const cases: [string, boolean][] = [
    ['0.0.0.0/0', true],
    ['1.0.0.0/8', true],
    ['10.0.0.0/8', false],
    ['203.0.113.0/28', false],
    ['8.8.8.8', false],
    ['::/0', true],
    ['fc00::/7', false],
    ['2001:db8::/32', false],
    ['garbage', false],
  ];
  for (const [cidr, open] of cases) assert.equal(isOpenRange(cidr), open, cidr);
});

test('GKE: a public endpoint without authorized networks, or with an open one, is exposed; a private endpoint never', () => {
  const cases: [string, object, string[]][] = [
    ['no authorized networks', { masterAuthorizedNetworksConfig: {} }, ['any address']],
    [
      'disabled',
      { masterAuthorizedNetworksConfig: { enabled: false, cidrBlocks: [{ cidrBlock: '0.0.0.0/0' }] } },
      ['any address'],
    ],
    [
      'open range',
      {
        masterAuthorizedNetworksConfig: {
          enabled: true,
          cidrBlocks: [{ cidrBlock: '0.0.0.0/0' }, { cidrBlock: '203.0.113.0/28' }],
        },
      },
      ['0.0.0.0/0'],
    ],
    [
      'office only',
      { masterAuthorizedNetworksConfig: { enabled: true, cidrBlocks: [{ cidrBlock: '203.0.113.0/28' }] } },
      [],
    ],
    [
      'private endpoint',
      { privateClusterConfig: { enablePrivateEndpoint: true }, masterAuthorizedNetworksConfig: {} },
      [],
    ],
  ];
  for (const [name, cluster, from] of cases)
    assert.deepEqual(
      clusterExposure(base, cluster).map((r) => r.from),
      from,
      name,
    );
});

test('Cloud SQL: a public IPv4 with an open authorized network is exposed', () => {
  const instance = (ipv4Enabled: boolean, nets: string[], primary = true) => ({
    ipAddresses: primary
      ? [{ type: 'PRIMARY', ipAddress: '198.51.100.7' }]
      : [{ type: 'PRIVATE', ipAddress: '10.0.0.5' }],
    settings: { ipConfiguration: { ipv4Enabled, authorizedNetworks: nets.map((value) => ({ value })) } },
  });
  const cases: [string, object, string[]][] = [
    ['open', instance(true, ['0.0.0.0/0', '198.51.100.0/28']), ['0.0.0.0/0']],
    ['narrow', instance(true, ['198.51.100.0/28']), []],
    ['no public ip', instance(false, ['0.0.0.0/0']), []],
    ['private only', instance(true, ['0.0.0.0/0'], false), []],
  ];
  for (const [name, i, from] of cases)
    assert.deepEqual(
      sqlExposure(base, i).map((r) => r.from),
      from,
      name,
    );
});

test('buckets: allUsers or allAuthenticatedUsers without enforced prevention are exposed, with read or write', () => {
  const policy = (role: string, member: string) => ({
    bindings: [{ role, members: [member, 'projectOwner:p'] }],
  });
  const cases: [string, object, object, string[]][] = [
    ['public read', {}, policy('roles/storage.objectViewer', 'allUsers'), ['allUsers read']],
    [
      'public write',
      { iamConfiguration: { publicAccessPrevention: 'inherited' } },
      policy('roles/storage.objectCreator', 'allAuthenticatedUsers'),
      ['allAuthenticatedUsers write'],
    ],
    [
      'prevented',
      { iamConfiguration: { publicAccessPrevention: 'enforced' } },
      policy('roles/storage.objectViewer', 'allUsers'),
      [],
    ],
    ['private', {}, policy('roles/storage.objectViewer', 'user:a@example.com'), []],
  ];
  for (const [name, bucket, p, want] of cases)
    assert.deepEqual(
      bucketExposure(base, bucket, p).map((r) => `${r.from} ${r.access}`),
      want,
      name,
    );
});
