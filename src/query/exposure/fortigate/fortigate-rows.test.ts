import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FortiPolicy } from '../../../fortinet/types.js';
import { indexPolicies } from '../policy-order.js';
import { fw, VPC } from '../testing-estate.js';
import { evaluateFortigate } from './evaluate-fortigate.js';
import { fortigateVdom } from './fortigate-estate.js';
import { fortigateRows, type VmInterface } from './fortigate-rows.js';

const ref = (...names: string[]) => names.map((name) => ({ name, q_origin_key: name }));

function fortigate(nat: boolean) {
  const policy: FortiPolicy = {
    policyid: 7,
    name: 'web-in',
    status: 'enable',
    action: 'accept',
    srcintf: ref('port1'),
    dstintf: ref('port2'),
    srcaddr: ref('all'),
    dstaddr: ref('web'),
    service: ref('HTTPS'),
    schedule: 'always',
    nat: nat ? 'enable' : 'disable',
  };
  return fortigateVdom('edge', 'root', {
    policies: [{ ...policy, policyid: 3, name: 'other', dstaddr: ref('nothing') }, policy],
    sequence: [3, 7],
    addresses: [{ name: 'all', type: 'ipmask', subnet: '0.0.0.0 0.0.0.0' }],
    vips: [
      {
        name: 'web',
        type: 'static-nat',
        extip: '198.51.100.10',
        mappedip: [{ range: '10.128.0.5' }],
        extintf: 'port1',
        portforward: 'enable',
        protocol: 'tcp',
        extport: '443',
        mappedport: '443',
      },
    ],
    services: [{ name: 'HTTPS', protocol: 'TCP/UDP/SCTP', 'tcp-portrange': '443' }],
    interfaces: [
      { name: 'port1', vdom: 'root', ip: '192.0.2.2 255.255.255.0', role: 'wan' },
      { name: 'port2', vdom: 'root', ip: '10.128.0.2 255.255.240.0', role: 'lan' },
    ],
  });
}

const vm: VmInterface = {
  project: 'p',
  id: 'id-app',
  name: 'app',
  zone: 'z',
  status: 'RUNNING',
  tags: ['web'],
  serviceAccount: null,
  secureTags: [],
  network: VPC,
  internalIp: '10.128.0.5',
};
const other: VmInterface = { ...vm, id: 'id-db', name: 'db', internalIp: '10.128.0.9' };
const gcp = (rules: ReturnType<typeof fw>[]) =>
  indexPolicies({ firewalls: rules, policies: [], ancestry: new Map(), enforcementOrder: new Map() });

function rows(nat: boolean, rules: ReturnType<typeof fw>[]) {
  const vdom = fortigate(nat);
  const notes = new Set<string>();
  const flows = evaluateFortigate(vdom, notes);
  return { rows: fortigateRows(vdom, flows, [vm, other], gcp(rules), {}, notes), notes: [...notes] };
}

const openHttps = fw('allow-https', {
  sourceRanges: ['0.0.0.0/0'],
  allowed: [{ IPProtocol: 'tcp', ports: ['443'] }],
  targetTags: ['web'],
});
const internalOnly = fw('allow-internal', {
  sourceRanges: ['10.128.0.0/9'],
  allowed: [{ IPProtocol: 'tcp' }],
});

test('a VIP whose mapped IP is a VM\u2019s internal IP exposes that VM on the mapped port, decided by the policy at its position', () => {
  const { rows: got } = rows(false, [openHttps]);
  assert.equal(got.length, 1);
  const row = got[0]!;
  assert.deepEqual(
    {
      instance: row.instance_name,
      address: row.address,
      via: row.via,
      protocol: row.protocol,
      ports: row.ports,
      level: row.rule_level,
      rule: row.rule_name,
      position: row.rule_priority,
      class: row.source_class,
    },
    {
      instance: 'app',
      address: '198.51.100.10',
      via: 'fortigate edge/root vip web',
      protocol: 'tcp',
      ports: '443',
      level: 'fortigate edge/root',
      rule: 'policy 7 web-in',
      position: 2,
      class: 'internet',
    },
  );
  assert.deepEqual(row.source_ranges, ['all 0.0.0.0/0 (partly public)']);
  assert.ok(
    row.narrowed_by.some((n) => n.startsWith('gcp rule allow-https') && n.includes('the client address')),
  );
});

test('the GCP firewall still applies: without source NAT the VM sees internet clients, and a rule for internal sources lets none in', () => {
  const { rows: got, notes } = rows(false, [internalOnly]);
  assert.deepEqual(got, []);
  assert.ok(
    notes.some(
      (n) => n.includes('edge/root vip web') && n.includes('lets none of it in from the client address'),
    ),
  );
});

test('with source NAT the VM sees the FortiGate\u2019s egress interface address, so a rule for internal sources lets it in', () => {
  const { rows: got } = rows(true, [internalOnly]);
  assert.equal(got.length, 1);
  assert.ok(
    got[0]!.narrowed_by.some((n) => n.includes("the FortiGate's port2 address 10.128.0.2 (source NAT)")),
  );
});

test('no GCP rule at all: the implied deny-all ingress blocks what the FortiGate forwards', () => {
  assert.deepEqual(rows(false, []).rows, []);
});
