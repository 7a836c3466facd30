import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExposureEstate } from './estate.js';
import { evaluateExposure, type ExposureFilter } from './evaluate-exposure.js';
import { estate, fr, fw, publicVm, vm, VPC } from './testing-estate.js';

const ANY = ['0.0.0.0/0'];
const tcp = (...ports: string[]) => [{ IPProtocol: 'tcp', ports }];

/** Rows as `instance address via protocol/ports rule@priority`, the form the expectations below are written in. */
function lines(e: ExposureEstate, filter: ExposureFilter = {}): string[] {
  return evaluateExposure(e, filter).rows.map(
    (r) =>
      `${r.instance_name} ${r.address} ${r.via} ${r.protocol}/${r.ports} ${r.rule_name}@${r.rule_priority}${r.narrowed_by.length ? ` narrowed:${r.narrowed_by.join('+')}` : ''}`,
  );
}

const web = publicVm('web', '34.1.1.1');
const cases: { name: string; estate: ExposureEstate; filter?: ExposureFilter; expect: string[] }[] = [
  { name: 'no rules: the implied deny-all ingress rule', estate: estate({ instances: [web] }), expect: [] },
  {
    name: 'an allow from 0.0.0.0/0 exposes the direct IP',
    estate: estate({ instances: [web], firewalls: [fw('ssh', { sourceRanges: ANY, allowed: tcp('22') })] }),
    expect: ['web 34.1.1.1 direct IP tcp/22 ssh@1000'],
  },
  {
    name: 'deny beats allow at equal priority, whatever the names',
    estate: estate({
      instances: [web],
      firewalls: [
        fw('a-allow', { priority: 500, sourceRanges: ANY, allowed: tcp('22') }),
        fw('z-deny', { priority: 500, sourceRanges: ANY, denied: tcp('22') }),
      ],
    }),
    expect: [],
  },
  {
    name: 'a lower priority number wins: allow 100 over deny 200',
    estate: estate({
      instances: [web],
      firewalls: [
        fw('allow', { priority: 100, sourceRanges: ANY, allowed: tcp('22') }),
        fw('deny', { priority: 200, sourceRanges: ANY, denied: [{ IPProtocol: 'all' }] }),
      ],
    }),
    expect: ['web 34.1.1.1 direct IP tcp/22 allow@100'],
  },
  {
    name: 'deny 100 over allow 1000',
    estate: estate({
      instances: [web],
      firewalls: [
        fw('deny', { priority: 100, sourceRanges: ANY, denied: tcp('22') }),
        fw('allow', { sourceRanges: ANY, allowed: tcp('22', '80') }),
      ],
    }),
    expect: ['web 34.1.1.1 direct IP tcp/80 allow@1000'],
  },
  {
    name: 'target tags select instances by network tag',
    estate: estate({
      instances: [publicVm('a', '34.1.1.1', { tags: ['web'] }), publicVm('b', '34.1.1.2', { tags: ['db'] })],
      firewalls: [fw('http', { sourceRanges: ANY, allowed: tcp('80'), targetTags: ['web', 'lb'] })],
    }),
    expect: ['a 34.1.1.1 direct IP tcp/80 http@1000'],
  },
  {
    name: 'target service accounts select by the instance service account, not by tags',
    estate: estate({
      instances: [
        publicVm('a', '34.1.1.1', { serviceAccount: 'app@p.iam.gserviceaccount.com', tags: ['x'] }),
        publicVm('b', '34.1.1.2', {
          serviceAccount: 'other@p.iam.gserviceaccount.com',
          tags: ['app@p.iam.gserviceaccount.com'],
        }),
      ],
      firewalls: [
        fw('https', {
          sourceRanges: ANY,
          allowed: tcp('443'),
          targetServiceAccounts: ['app@p.iam.gserviceaccount.com'],
        }),
      ],
    }),
    expect: ['a 34.1.1.1 direct IP tcp/443 https@1000'],
  },
  {
    name: 'disabled rules are ignored (a disabled deny does not hide an allow)',
    estate: estate({
      instances: [web],
      firewalls: [
        fw('off-allow', { disabled: true, sourceRanges: ANY, allowed: tcp('3389') }),
        fw('off-deny', { disabled: true, priority: 1, sourceRanges: ANY, denied: tcp('22') }),
        fw('ssh', { sourceRanges: ANY, allowed: tcp('22') }),
      ],
    }),
    expect: ['web 34.1.1.1 direct IP tcp/22 ssh@1000'],
  },
  {
    name: 'egress rules are ignored',
    estate: estate({
      instances: [web],
      firewalls: [
        fw('out', { direction: 'EGRESS', destinationRanges: ANY, allowed: [{ IPProtocol: 'all' }] }),
      ],
    }),
    expect: [],
  },
  {
    name: 'private-only sources expose nothing; a public /24 does',
    estate: estate({
      instances: [web],
      firewalls: [
        fw('internal', {
          sourceRanges: ['10.0.0.0/8', '192.168.0.0/16', '100.64.0.0/10'],
          allowed: [{ IPProtocol: 'all' }],
        }),
        fw('office', { sourceRanges: ['81.2.69.0/24'], allowed: tcp('22') }),
      ],
    }),
    expect: ['web 34.1.1.1 direct IP tcp/22 office@1000'],
  },
  {
    name: 'source tags match only instances of the VPC; no source at all means 0.0.0.0/0',
    estate: estate({
      instances: [web],
      firewalls: [
        fw('from-tag', { sourceTags: ['bastion'], allowed: tcp('22') }),
        fw('no-source', { allowed: tcp('80') }),
      ],
    }),
    expect: ['web 34.1.1.1 direct IP tcp/80 no-source@1000'],
  },
  {
    name: 'port ranges: a denied port splits an allowed range',
    estate: estate({
      instances: [web],
      firewalls: [
        fw('deny-8080', { priority: 900, sourceRanges: ANY, denied: tcp('8080') }),
        fw('alt-http', { sourceRanges: ANY, allowed: tcp('8000-8090') }),
      ],
    }),
    expect: [
      'web 34.1.1.1 direct IP tcp/8000-8079 alt-http@1000',
      'web 34.1.1.1 direct IP tcp/8081-8090 alt-http@1000',
    ],
  },
  {
    name: '`all` protocol: one row when nothing else is named',
    estate: estate({
      instances: [web],
      firewalls: [fw('open', { sourceRanges: ANY, allowed: [{ IPProtocol: 'all' }] })],
    }),
    expect: ['web 34.1.1.1 direct IP all/ open@1000'],
  },
  {
    name: '`all` with a tcp deny: tcp around the port, every other protocol as `other`',
    estate: estate({
      instances: [web],
      firewalls: [
        fw('no-ssh', { priority: 100, sourceRanges: ANY, denied: tcp('22') }),
        fw('open', { sourceRanges: ANY, allowed: [{ IPProtocol: 'all' }] }),
      ],
    }),
    expect: [
      'web 34.1.1.1 direct IP other/ open@1000',
      'web 34.1.1.1 direct IP tcp/0-21 open@1000',
      'web 34.1.1.1 direct IP tcp/23-65535 open@1000',
    ],
  },
  {
    name: 'numeric protocols: 6 is tcp, 47 (GRE) stays a number, icmp has no ports',
    estate: estate({
      instances: [web],
      firewalls: [
        fw('nums', {
          sourceRanges: ANY,
          allowed: [{ IPProtocol: '6', ports: ['443'] }, { IPProtocol: '47' }, { IPProtocol: 'icmp' }],
        }),
      ],
    }),
    expect: [
      'web 34.1.1.1 direct IP 47/ nums@1000',
      'web 34.1.1.1 direct IP icmp/ nums@1000',
      'web 34.1.1.1 direct IP tcp/443 nums@1000',
    ],
  },
  {
    name: 'IPv6: an IPv4 rule does not reach the IPv6 address, nor ::/0 the IPv4 one',
    estate: estate({
      instances: [
        vm('dual', {
          nics: [{ network: VPC, externalIpv4: ['34.1.1.1'], externalIpv6: ['2600:1900:4000:1::'] }],
        }),
      ],
      firewalls: [
        fw('v4-ssh', { sourceRanges: ANY, allowed: tcp('22') }),
        fw('v6-https', { sourceRanges: ['::/0'], allowed: tcp('443') }),
        fw('v6-doc', { sourceRanges: ['2001:db8::/32', 'fd00::/8'], allowed: tcp('80') }),
      ],
    }),
    expect: [
      'dual 2600:1900:4000:1:: direct IP tcp/443 v6-https@1000',
      'dual 34.1.1.1 direct IP tcp/22 v4-ssh@1000',
    ],
  },
  {
    name: 'a higher-priority deny of part of the internet narrows the allow',
    estate: estate({
      instances: [web],
      firewalls: [
        fw('block-scanners', { priority: 100, sourceRanges: ['45.0.0.0/8'], denied: tcp('22') }),
        fw('ssh', { sourceRanges: ANY, allowed: tcp('22') }),
      ],
    }),
    expect: ['web 34.1.1.1 direct IP tcp/22 ssh@1000 narrowed:block-scanners'],
  },
  {
    name: 'instances without an external IP and not behind a load balancer are not exposed; rules of other networks do not apply',
    estate: estate({
      instances: [
        vm('internal'),
        vm('elsewhere', {
          nics: [
            { network: 'projects/p/global/networks/other', externalIpv4: ['34.9.9.9'], externalIpv6: [] },
          ],
        }),
      ],
      firewalls: [fw('open', { sourceRanges: ANY, allowed: [{ IPProtocol: 'all' }] })],
    }),
    expect: [],
  },
  {
    name: '--port and --protocol filters',
    estate: estate({
      instances: [web],
      firewalls: [fw('open', { sourceRanges: ANY, allowed: [{ IPProtocol: 'all' }] })],
    }),
    filter: { port: 22 },
    expect: [
      'web 34.1.1.1 direct IP sctp/22 open@1000',
      'web 34.1.1.1 direct IP tcp/22 open@1000',
      'web 34.1.1.1 direct IP udp/22 open@1000',
    ],
  },
];

const mig = 'projects/p/zones/z/instanceGroups/web-mig';
const lb = estate({
  instances: [
    vm('pool-a'),
    vm('mig-a', { createdBy: 'projects/123456/zones/z/instanceGroupManagers/web-mig' }),
    vm('loner'),
  ],
  firewalls: [fw('web', { sourceRanges: ANY, allowed: tcp('22', '80', '8080') })],
  forwardingRules: [
    fr('nlb', {
      ipAddress: '35.2.2.2',
      portRange: '80-80',
      target: 'https://www.googleapis.com/compute/v1/projects/p/regions/r/targetPools/pool',
    }),
    fr('nlb-bs', {
      ipAddress: '35.3.3.3',
      ports: ['22'],
      backendService: 'projects/p/regions/r/backendServices/bs',
    }),
    fr('alb', {
      location: 'global',
      ipAddress: '35.4.4.4',
      portRange: '443-443',
      scheme: 'EXTERNAL_MANAGED',
      target: 'projects/p/global/targetHttpsProxies/px',
    }),
    fr('internal', {
      ipAddress: '10.0.0.9',
      scheme: 'INTERNAL',
      backendService: 'projects/p/regions/r/backendServices/bs',
    }),
    fr('ti', { ipAddress: '35.5.5.5', target: 'projects/p/zones/z/targetInstances/t' }),
  ],
  targetPools: {
    'projects/p/regions/r/targetPools/pool': [
      'https://www.googleapis.com/compute/v1/projects/p/zones/z/instances/pool-a',
    ],
  },
  backendServices: {
    'projects/p/regions/r/backendServices/bs': { groups: [mig], portName: null },
    'projects/p/global/backendServices/web-bs': {
      groups: [mig, 'projects/p/zones/z/instanceGroups/unmanaged'],
      portName: 'http',
    },
  },
  instanceGroups: { [mig]: ['http:8080'] },
  managers: { 'p/z/web-mig': mig },
  proxies: { 'projects/p/global/targetHttpsProxies/px': 'projects/p/global/urlMaps/um' },
  urlMaps: { 'projects/p/global/urlMaps/um': ['projects/p/global/backendServices/web-bs'] },
});
cases.push({
  name: 'load balancer backends: target pool and passthrough backend service on the rule\u2019s ports, a proxy on the named port; internal schemes ignored',
  estate: lb,
  expect: [
    'mig-a 35.3.3.3 forwarding rule nlb-bs tcp/22 web@1000',
    'mig-a 35.4.4.4 forwarding rule alb tcp/8080 web@1000',
    'pool-a 35.2.2.2 forwarding rule nlb tcp/80 web@1000',
  ],
});

for (const c of cases) test(c.name, () => assert.deepEqual(lines(c.estate, c.filter), c.expect));

test('a proxy load balancer needs the Google Front End ranges allowed, not the internet', () => {
  const gfeOnly = {
    ...lb,
    firewalls: [fw('gfe', { sourceRanges: ['130.211.0.0/22', '35.191.0.0/16'], allowed: tcp('8080') })],
  };
  assert.deepEqual(lines(gfeOnly), ['mig-a 35.4.4.4 forwarding rule alb tcp/8080 gfe@1000']);
  const row = evaluateExposure(gfeOnly).rows[0]!;
  assert.deepEqual(row.source_ranges, ['130.211.0.0/22 (google-lb)', '35.191.0.0/16 (google-lb)']);
  assert.equal(row.source_class, 'google-lb');
  const privateOnly = {
    ...lb,
    firewalls: [fw('hc', { sourceRanges: ['10.0.0.0/8'], allowed: tcp('8080') })],
  };
  assert.deepEqual(lines(privateOnly), []);
});

test('notes say what is not modelled and which references could not be followed', () => {
  const notes = evaluateExposure(lb).notes;
  for (const words of ['Cloud Armor', 'IAP', 'GKE'])
    assert.ok(
      notes.some((n) => n.includes(words)),
      words,
    );
  assert.ok(!notes.some((n) => n.includes('firewall policies are not modelled')));
  assert.ok(notes.some((n) => n.includes('p/ti') && n.includes('targetInstances/t')));
  assert.ok(notes.some((n) => n.includes('instanceGroups/unmanaged')));
});

test('source ranges say which are public', () => {
  const e = estate({
    instances: [web],
    firewalls: [
      fw('mixed', { sourceRanges: ['0.0.0.0/0', '10.0.0.0/8', '81.2.69.0/24'], allowed: tcp('22') }),
    ],
  });
  assert.deepEqual(evaluateExposure(e).rows[0]!.source_ranges, [
    '0.0.0.0/0 (partly public)',
    '10.0.0.0/8 (private)',
    '81.2.69.0/24 (public)',
  ]);
});
