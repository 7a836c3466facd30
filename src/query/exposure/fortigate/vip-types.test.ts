import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FortiPolicy, FortiVip } from '../../../fortinet/types.js';
import { evaluateFortigate, type ForwardedFlow } from './evaluate-fortigate.js';
import { fortigateVdom } from './fortigate-estate.js';

/*
 * Cases written from the FortiOS Administration Guide ("Virtual server load balance", "Static virtual IPs", "IPv6
 * virtual IPs", "Central SNAT", "IP pools") and the CLI reference of `config firewall vip`: `type
 * server-load-balance` with `server-type` (http, https, ssl, tcp, udp, ip, imaps, pop3s, smtps), `extport`, and
 * `config realservers` entries (`ip`, `port`, `status active|standby|disable`); `type load-balance` spreads the
 * external address over the `mappedip` range; a policy naming the VIP in `dstaddr` lets traffic to it through.
 */

const ref = (...names: string[]) => names.map((name) => ({ name, q_origin_key: name }));

function policy(policyid: number, dstaddr: string, extra: Partial<FortiPolicy> = {}): FortiPolicy {
  return {
    policyid,
    name: `p${policyid}`,
    status: 'enable',
    action: 'accept',
    srcintf: ref('port1'),
    dstintf: ref('port2'),
    srcaddr: ref('all'),
    dstaddr: ref(dstaddr),
    service: ref('ALL'),
    schedule: 'always',
    nat: 'disable',
    ...extra,
  };
}

function vdom(vips: FortiVip[], policies: FortiPolicy[]) {
  return fortigateVdom('fw', 'root', {
    policies,
    addresses: [{ name: 'all', type: 'ipmask', subnet: '0.0.0.0 0.0.0.0' }],
    vips,
    services: [
      { name: 'ALL', protocol: 'IP', 'protocol-number': 0 },
      { name: 'HTTP', protocol: 'TCP/UDP/SCTP', 'tcp-portrange': '80' },
    ],
    interfaces: [
      { name: 'port1', vdom: 'root', ip: '192.0.2.2 255.255.255.0', role: 'wan' },
      { name: 'port2', vdom: 'root', ip: '10.0.0.1 255.255.255.0', role: 'lan' },
    ],
  });
}

const slb = (serverType: string, realservers: Record<string, unknown>[], extport = '80'): FortiVip => ({
  name: 'lb',
  type: 'server-load-balance',
  'server-type': serverType,
  extip: '198.51.100.20',
  extintf: 'port1',
  extport,
  'ldb-method': 'round-robin',
  realservers,
});

const brief = (f: ForwardedFlow) =>
  `${f.mappedIps.join(',')} ${f.protocol} ${f.mappedPorts ? f.mappedPorts.join('-') : '-'} ${f.realserver ?? '-'}`;

const cases: { name: string; vips: FortiVip[]; policies?: FortiPolicy[]; want: string[] }[] = [
  {
    name: 'an http server-load-balance VIP sends TCP to each real server on its own port',
    vips: [
      slb('http', [
        { id: 1, ip: '10.0.0.5', port: 8080, status: 'active' },
        { id: 2, ip: '10.0.0.6', port: 8081, status: 'active' },
      ]),
    ],
    want: [
      '10.0.0.5 tcp 8080-8080 realserver 1 10.0.0.5:8080',
      '10.0.0.6 tcp 8081-8081 realserver 2 10.0.0.6:8081',
    ],
  },
  {
    name: 'a standby real server is reachable (it takes over), a disabled one is not',
    vips: [
      slb('tcp', [
        { id: 1, ip: '10.0.0.5', port: 443, status: 'standby' },
        { id: 2, ip: '10.0.0.6', port: 443, status: 'disable' },
      ]),
    ],
    want: ['10.0.0.5 tcp 443-443 realserver 1 10.0.0.5:443'],
  },
  {
    name: 'a real server without a port receives on the external port',
    vips: [slb('https', [{ id: 3, ip: '10.0.0.7', port: 0, status: 'active' }], '443')],
    want: ['10.0.0.7 tcp 443-443 realserver 3 10.0.0.7:443'],
  },
  {
    name: 'a udp server type forwards UDP',
    vips: [slb('udp', [{ id: 1, ip: '10.0.0.8', port: 53, status: 'active' }], '53')],
    want: ['10.0.0.8 udp 53-53 realserver 1 10.0.0.8:53'],
  },
  {
    name: 'the policy service is matched on the real server port',
    vips: [slb('http', [{ id: 1, ip: '10.0.0.5', port: 8080, status: 'active' }])],
    policies: [policy(1, 'lb', { service: ref('HTTP') })],
    want: [],
  },
  {
    name: 'a load-balance VIP maps to its mappedip range like static NAT',
    vips: [
      {
        name: 'lb',
        type: 'load-balance',
        extip: '198.51.100.21',
        mappedip: [{ range: '10.0.0.10-10.0.0.12' }],
        extintf: 'port1',
        portforward: 'enable',
        protocol: 'tcp',
        extport: '80',
        mappedport: '80',
      },
    ],
    want: ['10.0.0.10-10.0.0.12 tcp 80-80 -'],
  },
];

for (const c of cases)
  test(c.name, () => {
    const notes = new Set<string>();
    const flows = evaluateFortigate(vdom(c.vips, c.policies ?? [policy(1, 'lb')]), notes);
    assert.deepEqual(flows.map(brief), c.want, [...notes].join('\n'));
  });

const noted: { name: string; vips?: FortiVip[]; policies: FortiPolicy[]; note: RegExp }[] = [
  {
    name: 'an fqdn VIP is named as not modelled',
    vips: [{ name: 'lb', type: 'fqdn', extip: '198.51.100.30', extintf: 'port1' }],
    policies: [policy(1, 'lb')],
    note: /vip lb of type fqdn is not modelled/,
  },
  {
    name: 'a policy with IPv6 destinations names the IPv6 VIPs it cannot follow',
    policies: [policy(1, 'lb', { dstaddr6: ref('web6') })],
    note: /policy 1 names IPv6 destinations \(web6\): IPv6 VIPs \(firewall\/vip6\) are not modelled/,
  },
  {
    name: 'source NAT to an IP pool is named',
    policies: [policy(1, 'lb', { nat: 'enable', ippool: 'enable', poolname: ref('pool-a') })],
    note: /policy 1 source-NATs to IP pool pool-a: IP pools are not modelled/,
  },
  {
    name: 'a VIP no policy names is noted for central NAT',
    policies: [policy(1, 'other')],
    note: /1 VIP\(s\) named by no policy \(lb\): under central NAT/,
  },
];

for (const c of noted)
  test(c.name, () => {
    const notes = new Set<string>();
    const vips = c.vips ?? [slb('http', [{ id: 1, ip: '10.0.0.5', port: 80, status: 'active' }])];
    evaluateFortigate(vdom(vips, c.policies), notes);
    assert.ok(
      [...notes].some((n) => c.note.test(n)),
      [...notes].join('\n'),
    );
  });
