import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FortiPolicy, FortiVip } from '../../../fortinet/types.js';
import { ipSet, sameSet, subtract } from '../ip-set.js';
import { PUBLIC } from '../public-ranges.js';
import { evaluateFortigate, type ForwardedFlow } from './evaluate-fortigate.js';
import { fortigateVdom } from './fortigate-estate.js';

/*
 * Cases written from the FortiOS Administration Guide: policies are matched top-down in the policy list's order
 * and the first match decides; a disabled policy is skipped; a VIP group stands for its members in dstaddr; a VIP
 * with port forwarding translates one protocol and port range, a static NAT VIP every protocol; the policy's
 * service is matched after destination NAT (on the mapped port); a deny policy with dstaddr `all` matches VIP
 * traffic only with `set match-vip enable`.
 */

const ref = (...names: string[]) => names.map((name) => ({ name, q_origin_key: name }));
const web: FortiVip = {
  name: 'web',
  type: 'static-nat',
  extip: '198.51.100.10',
  mappedip: [{ range: '10.0.0.5' }],
  extintf: 'port1',
  portforward: 'enable',
  protocol: 'tcp',
  extport: '8443',
  mappedport: '443',
};
const nat1to1: FortiVip = {
  name: 'all-nat',
  type: 'static-nat',
  extip: '198.51.100.11',
  mappedip: [{ range: '10.0.0.6' }],
  extintf: 'port1',
  portforward: 'disable',
};

function policy(policyid: number, extra: Partial<FortiPolicy> = {}): FortiPolicy {
  return {
    policyid,
    name: `p${policyid}`,
    status: 'enable',
    action: 'accept',
    srcintf: ref('port1'),
    dstintf: ref('port2'),
    srcaddr: ref('all'),
    dstaddr: ref('web'),
    service: ref('HTTPS'),
    schedule: 'always',
    nat: 'disable',
    ...extra,
  };
}

function vdom(policies: FortiPolicy[], sequence?: number[]) {
  return fortigateVdom('fw', 'root', {
    policies,
    ...(sequence && { sequence }),
    addresses: [
      { name: 'all', type: 'ipmask', subnet: '0.0.0.0 0.0.0.0' },
      { name: 'bad-net', type: 'ipmask', subnet: '1.2.3.0 255.255.255.0' },
      { name: 'cn', type: 'geography', country: 'CN' },
    ],
    vips: [web, nat1to1],
    vipgrps: [{ name: 'grp', member: ref('web') }],
    services: [
      { name: 'ALL', protocol: 'IP', 'protocol-number': 0 },
      { name: 'HTTP', protocol: 'TCP/UDP/SCTP', 'tcp-portrange': '80' },
      { name: 'HTTPS', protocol: 'TCP/UDP/SCTP', 'tcp-portrange': '443' },
      { name: 'ALT', protocol: 'TCP/UDP/SCTP', 'tcp-portrange': '8443' },
    ],
    serviceGroups: [{ name: 'Web Access', member: ref('HTTP', 'HTTPS') }],
    interfaces: [
      { name: 'port1', vdom: 'root', ip: '192.0.2.2 255.255.255.0', role: 'wan' },
      { name: 'port2', vdom: 'root', ip: '10.0.0.1 255.255.255.0', role: 'lan' },
      { name: 'port3', vdom: 'root', ip: '10.9.0.1 255.255.255.0', role: 'lan' },
    ],
  });
}

const brief = (f: ForwardedFlow) =>
  `${f.vip} ${f.protocol} ${f.mappedPorts ? f.mappedPorts.join('-') : '-'} by ${f.policy.id}#${f.policy.position}`;

const cases: { name: string; policies: FortiPolicy[]; sequence?: number[]; want: string[] }[] = [
  {
    name: 'an accept policy to a port-forwarding VIP forwards its mapped port',
    policies: [policy(1)],
    want: ['web tcp 443-443 by 1#1'],
  },
  {
    name: 'the service is matched on the mapped port, not the external one',
    policies: [policy(1, { service: ref('ALT') })],
    want: [],
  },
  { name: 'a disabled policy is skipped', policies: [policy(1, { status: 'disable' })], want: [] },
  {
    name: 'a deny before the accept takes the traffic (first match)',
    policies: [policy(1, { action: 'deny' }), policy(2)],
    want: [],
  },
  {
    name: 'sequence order decides, not policy ids',
    policies: [policy(1, { action: 'deny' }), policy(2)],
    sequence: [2, 1],
    want: ['web tcp 443-443 by 2#1'],
  },
  {
    name: 'a VIP group in dstaddr stands for its members',
    policies: [policy(1, { dstaddr: ref('grp') })],
    want: ['web tcp 443-443 by 1#1'],
  },
  {
    name: 'a service group resolves to its members\u2019 ports',
    policies: [policy(1, { dstaddr: ref('all-nat'), service: ref('Web Access') })],
    want: ['all-nat tcp 80-80 by 1#1', 'all-nat tcp 443-443 by 1#1'],
  },
  {
    name: 'static NAT with service ALL forwards every protocol and port',
    policies: [policy(1, { dstaddr: ref('all-nat'), service: ref('ALL') })],
    want: [
      'all-nat tcp 0-65535 by 1#1',
      'all-nat udp 0-65535 by 1#1',
      'all-nat sctp 0-65535 by 1#1',
      'all-nat all - by 1#1',
    ],
  },
  {
    name: 'a policy from an internal interface is not internet-facing',
    policies: [policy(1, { srcintf: ref('port3') })],
    want: [],
  },
  {
    name: 'a deny with dstaddr all does not match VIP traffic without match-vip',
    policies: [policy(1, { action: 'deny', dstaddr: ref('all') }), policy(2)],
    want: ['web tcp 443-443 by 2#2'],
  },
  {
    name: 'a deny with dstaddr all and match-vip enable blocks it',
    policies: [policy(1, { action: 'deny', dstaddr: ref('all'), 'match-vip': 'enable' }), policy(2)],
    want: [],
  },
  {
    name: 'a geography source matches nothing (not modelled)',
    policies: [policy(1, { srcaddr: ref('cn') })],
    want: [],
  },
];

for (const c of cases)
  test(`FortiGate: ${c.name}`, () => {
    const flows = evaluateFortigate(vdom(c.policies, c.sequence), new Set());
    assert.deepEqual(flows.map(brief), c.want);
  });

test('FortiGate: a deny for part of the sources narrows the accept after it and is named', () => {
  const flows = evaluateFortigate(
    vdom([policy(1, { action: 'deny', srcaddr: ref('bad-net') }), policy(2)]),
    new Set(),
  );
  assert.equal(flows.length, 1);
  assert.ok(sameSet(flows[0]!.sources, subtract(PUBLIC[4], ipSet(4, ['1.2.3.0/24']))));
  assert.deepEqual(flows[0]!.narrowedBy, ['fortigate fw/root deny policy 1 (#1)']);
});

test('FortiGate: a schedule other than always is named as not modelled and evaluated as always on', () => {
  const notes = new Set<string>();
  assert.equal(evaluateFortigate(vdom([policy(1, { schedule: 'weekdays' })]), notes).length, 1);
  assert.ok([...notes].some((n) => n.includes('schedule weekdays')));
});

test('FortiGate: internet-service policies are named and not evaluated', () => {
  const notes = new Set<string>();
  assert.deepEqual(evaluateFortigate(vdom([policy(1, { 'internet-service-src': 'enable' })]), notes), []);
  assert.ok([...notes].some((n) => n.includes('internet-service')));
});
