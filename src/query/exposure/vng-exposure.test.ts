import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExposureFilter } from './evaluate-exposure.js';
import { evaluateVngExposure, type VngExposureRule, type VngExposureServer } from './vng-exposure.js';

const scope = 'pro-x/HCM-3';
const server = (over: Partial<VngExposureServer> = {}): VngExposureServer => ({
  scope,
  id: 'ins-1',
  name: 'web-1',
  zone: 'HCM-3-1A',
  status: 'ACTIVE',
  publicIps: ['103.1.2.3'],
  secgroupIds: ['g1'],
  ...over,
});
const rule = (over: VngExposureRule): VngExposureRule => ({
  direction: 'ingress',
  etherType: 'IPv4',
  ...over,
});

/** [case, rules of g1, rules of g2, server, filter, expected (protocol ports source) per row] */
const cases: [
  string,
  VngExposureRule[],
  VngExposureRule[],
  Partial<VngExposureServer>,
  ExposureFilter,
  string[],
][] = [
  [
    'tcp 22 from anywhere',
    [rule({ protocol: 'tcp', portRangeMin: 22, portRangeMax: 22, remoteIpPrefix: '0.0.0.0/0' })],
    [],
    {},
    {},
    ['tcp 22 0.0.0.0/0 (partly public)'],
  ],
  [
    'no remote prefix means every source',
    [rule({ protocol: 'tcp', portRangeMin: 80, portRangeMax: 80 })],
    [],
    {},
    {},
    ['tcp 80 0.0.0.0/0 (partly public)'],
  ],
  [
    'a public /24 is public',
    [rule({ protocol: 'tcp', portRangeMin: 443, portRangeMax: 443, remoteIpPrefix: '8.8.8.0/24' })],
    [],
    {},
    {},
    ['tcp 443 8.8.8.0/24 (public)'],
  ],
  [
    'a private source admits no internet',
    [rule({ protocol: 'tcp', portRangeMin: 22, portRangeMax: 22, remoteIpPrefix: '10.0.0.0/8' })],
    [],
    {},
    {},
    [],
  ],
  [
    'a remote-group rule never admits the internet',
    [rule({ protocol: 'any', remoteGroupId: 'g1' })],
    [],
    {},
    {},
    [],
  ],
  [
    'remote group wins over a prefix on the same rule',
    [
      rule({
        protocol: 'tcp',
        portRangeMin: 22,
        portRangeMax: 22,
        remoteIpPrefix: '0.0.0.0/0',
        remoteGroupId: 'g9',
      }),
    ],
    [],
    {},
    {},
    [],
  ],
  [
    'egress rules do not expose',
    [rule({ direction: 'egress', protocol: 'any', remoteIpPrefix: '0.0.0.0/0' })],
    [],
    {},
    {},
    [],
  ],
  [
    'protocol any opens every protocol and port',
    [rule({ protocol: 'any', remoteIpPrefix: '0.0.0.0/0' })],
    [],
    {},
    {},
    ['all all 0.0.0.0/0 (partly public)'],
  ],
  [
    'tcp with no range (0-0) is every port',
    [rule({ protocol: 'tcp', portRangeMin: 0, portRangeMax: 0, remoteIpPrefix: '1.0.0.0/8' })],
    [],
    {},
    {},
    ['tcp all 1.0.0.0/8 (public)'],
  ],
  [
    'a port range',
    [rule({ protocol: 'udp', portRangeMin: 8000, portRangeMax: 8080, remoteIpPrefix: '0.0.0.0/0' })],
    [],
    {},
    {},
    ['udp 8000-8080 0.0.0.0/0 (partly public)'],
  ],
  [
    'icmp has no ports',
    [rule({ protocol: 'icmp', remoteIpPrefix: '0.0.0.0/0' })],
    [],
    {},
    {},
    ['icmp  0.0.0.0/0 (partly public)'],
  ],
  [
    'groups are additive: each group adds its rule',
    [rule({ protocol: 'tcp', portRangeMin: 22, portRangeMax: 22, remoteIpPrefix: '0.0.0.0/0' })],
    [rule({ protocol: 'tcp', portRangeMin: 443, portRangeMax: 443, remoteIpPrefix: '0.0.0.0/0' })],
    { secgroupIds: ['g1', 'g2'] },
    {},
    ['tcp 22 0.0.0.0/0 (partly public)', 'tcp 443 0.0.0.0/0 (partly public)'],
  ],
  [
    'a group the server is not in does nothing',
    [],
    [rule({ protocol: 'any', remoteIpPrefix: '0.0.0.0/0' })],
    {},
    {},
    [],
  ],
  [
    'an IPv6 rule does not open an IPv4 address',
    [
      rule({
        etherType: 'IPv6',
        protocol: 'tcp',
        portRangeMin: 22,
        portRangeMax: 22,
        remoteIpPrefix: '::/0',
      }),
    ],
    [],
    {},
    {},
    [],
  ],
  [
    'an IPv6 rule opens an IPv6 address',
    [
      rule({
        etherType: 'IPv6',
        protocol: 'tcp',
        portRangeMin: 22,
        portRangeMax: 22,
        remoteIpPrefix: '::/0',
      }),
    ],
    [],
    { publicIps: ['2401:5f80::5'] },
    {},
    ['tcp 22 ::/0 (partly public)'],
  ],
  [
    'an IPv4 rule does not open an IPv6 address',
    [rule({ protocol: 'any', remoteIpPrefix: '0.0.0.0/0' })],
    [],
    { publicIps: ['2401:5f80::5'] },
    {},
    [],
  ],
  [
    'no public IP, no exposure',
    [rule({ protocol: 'any', remoteIpPrefix: '0.0.0.0/0' })],
    [],
    { publicIps: [] },
    {},
    [],
  ],
  [
    '--port inside the range',
    [rule({ protocol: 'tcp', portRangeMin: 8000, portRangeMax: 8080, remoteIpPrefix: '0.0.0.0/0' })],
    [],
    {},
    { port: 8010 },
    ['tcp 8000-8080 0.0.0.0/0 (partly public)'],
  ],
  [
    '--port outside the range',
    [rule({ protocol: 'tcp', portRangeMin: 8000, portRangeMax: 8080, remoteIpPrefix: '0.0.0.0/0' })],
    [],
    {},
    { port: 22 },
    [],
  ],
  [
    '--protocol udp skips tcp, keeps any',
    [
      rule({ protocol: 'tcp', portRangeMin: 22, portRangeMax: 22, remoteIpPrefix: '0.0.0.0/0' }),
      rule({ protocol: 'any', remoteIpPrefix: '0.0.0.0/0' }),
    ],
    [],
    {},
    { protocol: 'udp' },
    ['all all 0.0.0.0/0 (partly public)'],
  ],
  [
    'protocol number 6 is tcp',
    [rule({ protocol: '6', portRangeMin: 22, portRangeMax: 22, remoteIpPrefix: '0.0.0.0/0' })],
    [],
    {},
    { protocol: 'tcp' },
    ['tcp 22 0.0.0.0/0 (partly public)'],
  ],
];

for (const [name, g1, g2, over, filter, want] of cases)
  test(`VNG exposure: ${name}`, () => {
    const rows = evaluateVngExposure(
      {
        servers: [server(over)],
        groups: [
          { scope, id: 'g1', name: 'one', rules: g1 },
          { scope, id: 'g2', name: 'two', rules: g2 },
        ],
      },
      filter,
    );
    assert.deepStrictEqual(
      rows.map((r) => `${r.protocol} ${r.ports} ${r.source_ranges.join(',')}`),
      want,
    );
    for (const r of rows) assert.equal(r.instance_id, 'ins-1');
  });

test('VNG exposure: groups of another scope with the same id do not apply', () => {
  const rows = evaluateVngExposure({
    servers: [server()],
    groups: [{ scope: 'pro-y/HAN-1', id: 'g1', name: 'other', rules: [rule({ protocol: 'any' })] }],
  });
  assert.deepStrictEqual(rows, []);
});
