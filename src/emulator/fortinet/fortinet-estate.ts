import { derivePrng, type Prng } from '../prng.js';
import type { FortiInterface, FortiObject, FortiRef } from '../../fortinet/types.js';

/** The `cmdb` tables a VDOM holds, by `<path>/<name>` as the URL names them. */
export const VDOM_TABLES = [
  'firewall/address',
  'firewall/addrgrp',
  'firewall/vip',
  'firewall/vipgrp',
  'firewall.service/custom',
  'firewall.service/group',
  'router/static',
  'firewall/policy',
] as const;

/** A VDOM table's URL name. */
export type VdomTable = (typeof VDOM_TABLES)[number];

/** The mkey field of each table (and of `system/interface`). */
export const TABLE_KEYS: Record<VdomTable | 'system/interface', string> = {
  'firewall/address': 'name',
  'firewall/addrgrp': 'name',
  'firewall/vip': 'name',
  'firewall/vipgrp': 'name',
  'firewall.service/custom': 'name',
  'firewall.service/group': 'name',
  'router/static': 'seq-num',
  'firewall/policy': 'policyid',
  'system/interface': 'name',
};

/** One VDOM: its tables, rows in table order (the policy table's order is its evaluation sequence), and its revision. */
export interface EmulatedVdom {
  revision: string;
  tables: Record<VdomTable, FortiObject[]>;
}

/** One FortiGate: identity, its global interface table, and its VDOMs. */
export interface EmulatedDevice {
  name: string;
  serial: string;
  hostname: string;
  version: string;
  build: number;
  model: string;
  interfaces: FortiInterface[];
  vdoms: Record<string, EmulatedVdom>;
}

/** The emulated estate: the seed rounds derive from, and every device. */
export interface FortinetEstate {
  seed: string;
  devices: EmulatedDevice[];
}

/** What a generated estate is built from. */
export interface FortinetGenerateOptions {
  seed?: string;
  devices?: number;
  /** Device names are `<devicePrefix>-<n>` (default `fw`): tests sharing a Temporal server use their own. */
  devicePrefix?: string;
  vdomsPerDevice?: number;
  policiesPerVdom?: number;
  addressesPerVdom?: number;
  vipsPerVdom?: number;
  /** Internal IPs VIPs map to first (e.g. GCP instances' internal IPs), before generated ones. */
  mappedIps?: string[];
}

/** A reference list as FortiOS renders it. */
export function refs(...names: string[]): FortiRef[] {
  return names.map((name) => ({ name, q_origin_key: name }));
}

/** A FortiOS revision string (32 hex digits). */
export function revisionOf(prng: Prng): string {
  return Array.from({ length: 4 }, () => prng.uint32().toString(16).padStart(8, '0')).join('');
}

/** A FortiOS uuid. */
export function uuidOf(prng: Prng): string {
  const hex = Array.from({ length: 4 }, () => prng.uint32().toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const BUILTIN_SERVICES: FortiObject[] = [
  { name: 'ALL', category: 'General', protocol: 'IP', 'protocol-number': 0 },
  { name: 'HTTP', category: 'Web Access', protocol: 'TCP/UDP/SCTP', 'tcp-portrange': '80' },
  { name: 'HTTPS', category: 'Web Access', protocol: 'TCP/UDP/SCTP', 'tcp-portrange': '443' },
  { name: 'SSH', category: 'Remote Access', protocol: 'TCP/UDP/SCTP', 'tcp-portrange': '22' },
  { name: 'RDP', category: 'Remote Access', protocol: 'TCP/UDP/SCTP', 'tcp-portrange': '3389' },
  {
    name: 'DNS',
    category: 'Network Services',
    protocol: 'TCP/UDP/SCTP',
    'tcp-portrange': '53',
    'udp-portrange': '53',
  },
  { name: 'PING', category: 'Network Services', protocol: 'ICMP', icmptype: 8 },
].map((s) => ({ ...s, q_origin_key: s.name, comment: '', visibility: 'enable', color: 0 }));

/** Builds a generated estate: the same options give the same estate, byte for byte. */
export function generateFortinetEstate(options: FortinetGenerateOptions = {}): FortinetEstate {
  const seed = options.seed ?? 'fortinet';
  const devices: EmulatedDevice[] = [];
  for (let d = 0; d < (options.devices ?? 2); d++) {
    const prng = derivePrng(seed, 'device', d);
    const name = `${options.devicePrefix ?? 'fw'}-${d + 1}`;
    const device: EmulatedDevice = {
      name,
      serial: `FGVM04TM${String(prng.int(10_000_000, 99_999_999))}`,
      hostname: `FGT-${name.toUpperCase()}`,
      version: 'v7.4.3',
      build: 2573,
      model: 'FGVM64',
      interfaces: [],
      vdoms: {},
    };
    const vdomNames = Array.from({ length: options.vdomsPerDevice ?? 2 }, (_, v) =>
      v === 0 ? 'root' : `vd${v}`,
    );
    vdomNames.forEach((vdom, v) => {
      const wan = `port${v * 3 + 1}`;
      const lan = `port${v * 3 + 2}`;
      const dmz = `port${v * 3 + 3}`;
      const wanIp = `203.0.${(d * 16 + v) % 256}.2`;
      device.interfaces.push(
        iface(wan, vdom, `${wanIp} 255.255.255.0`, 'wan', 'ping https'),
        iface(lan, vdom, `10.${d}.${v * 16}.1 255.255.240.0`, 'lan', 'ping'),
        iface(dmz, vdom, `172.16.${d * 16 + v}.1 255.255.255.0`, 'dmz', 'ping'),
      );
      device.vdoms[vdom] = generateVdom(derivePrng(seed, 'vdom', d, vdom), options, {
        d,
        v,
        wan,
        lan,
        dmz,
        wanIp,
      });
    });
    devices.push(device);
  }
  return { seed, devices };
}

function iface(name: string, vdom: string, ip: string, role: string, allowaccess: string): FortiInterface {
  return {
    name,
    q_origin_key: name,
    vdom,
    ip,
    type: 'physical',
    role,
    status: 'up',
    alias: '',
    allowaccess,
    mode: 'static',
    mtu: 1500,
  };
}

interface Ports {
  d: number;
  v: number;
  wan: string;
  lan: string;
  dmz: string;
  wanIp: string;
}

function generateVdom(prng: Prng, options: FortinetGenerateOptions, p: Ports): EmulatedVdom {
  const addresses: FortiObject[] = [
    {
      name: 'all',
      q_origin_key: 'all',
      uuid: uuidOf(prng),
      type: 'ipmask',
      subnet: '0.0.0.0 0.0.0.0',
      comment: '',
    },
  ];
  for (let i = 0; i < (options.addressesPerVdom ?? 40); i++)
    addresses.push(makeAddress(prng, `addr-${i}`, p));
  const groups: FortiObject[] = [];
  for (let i = 0; i < Math.max(1, Math.floor(addresses.length / 8)); i++) {
    const members = new Set<string>();
    for (let k = prng.int(2, 5); k > 0; k--) members.add(prng.pick(addresses.slice(1)).name as string);
    groups.push({
      name: `grp-${i}`,
      q_origin_key: `grp-${i}`,
      uuid: uuidOf(prng),
      member: refs(...members),
      exclude: 'disable',
      'exclude-member': [],
      comment: '',
    });
  }
  const vips: FortiObject[] = [];
  const mapped = options.mappedIps ?? [];
  for (let i = 0; i < (options.vipsPerVdom ?? 10); i++)
    vips.push(
      makeVip(prng, `vip-${i}`, i + 1, mapped[i] ?? `10.${p.d}.${p.v * 16 + 1}.${10 + (i % 240)}`, p, i),
    );
  const vipgrps =
    vips.length >= 2
      ? [
          {
            name: 'vipgrp-web',
            q_origin_key: 'vipgrp-web',
            interface: p.wan,
            member: refs(vips[0]!.name as string, vips[1]!.name as string),
            comments: '',
          },
        ]
      : [];
  const custom = [...BUILTIN_SERVICES.map((s) => structuredClone(s))];
  for (let i = 0; i < 6; i++) {
    const low = prng.int(1024, 60000);
    custom.push({
      name: `app-${i}`,
      q_origin_key: `app-${i}`,
      category: '',
      protocol: 'TCP/UDP/SCTP',
      'tcp-portrange': `${low}-${low + prng.int(0, 20)}`,
      comment: '',
      visibility: 'enable',
      color: 0,
    });
  }
  const serviceGroups = [
    {
      name: 'Web Access',
      q_origin_key: 'Web Access',
      member: refs('HTTP', 'HTTPS'),
      comment: '',
      proxy: 'disable',
    },
    { name: 'Admin', q_origin_key: 'Admin', member: refs('SSH', 'RDP'), comment: '', proxy: 'disable' },
  ];
  const routes: FortiObject[] = [
    {
      'seq-num': 1,
      q_origin_key: 1,
      status: 'enable',
      dst: '0.0.0.0 0.0.0.0',
      gateway: p.wanIp.replace(/\.2$/, '.1'),
      device: p.wan,
      distance: 10,
      priority: 1,
      comment: '',
    },
  ];
  for (let i = 2; i <= 4; i++)
    routes.push({
      'seq-num': i,
      q_origin_key: i,
      status: 'enable',
      dst: `10.${100 + i}.0.0 255.255.0.0`,
      gateway: `10.${p.d}.${p.v * 16}.254`,
      device: p.lan,
      distance: 10,
      priority: 1,
      comment: '',
    });
  const context = { addresses, groups, vips, vipgrps, custom, serviceGroups, p };
  const policies: FortiObject[] = [];
  const count = options.policiesPerVdom ?? 60;
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = prng.int(0, i);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  for (const id of ids) policies.push(makePolicy(prng, id, context));
  return {
    revision: revisionOf(prng),
    tables: {
      'firewall/address': addresses,
      'firewall/addrgrp': groups,
      'firewall/vip': vips,
      'firewall/vipgrp': vipgrps,
      'firewall.service/custom': custom,
      'firewall.service/group': serviceGroups,
      'router/static': routes,
      'firewall/policy': policies,
    },
  };
}

/** A generated address: mostly subnets, some ranges and FQDNs. */
export function makeAddress(prng: Prng, name: string, p: Pick<Ports, 'd' | 'v'>): FortiObject {
  const base = {
    name,
    q_origin_key: name,
    uuid: uuidOf(prng),
    comment: '',
    'associated-interface': '',
    color: 0,
  };
  const kind = prng.int(0, 9);
  if (kind < 7)
    return {
      ...base,
      type: 'ipmask',
      subnet: `10.${p.d}.${p.v * 16 + prng.int(0, 15)}.${prng.int(0, 3) * 64} 255.255.255.192`,
    };
  if (kind < 9) {
    const low = prng.int(10, 100);
    return {
      ...base,
      type: 'iprange',
      'start-ip': `10.${p.d}.${p.v * 16 + 2}.${low}`,
      'end-ip': `10.${p.d}.${p.v * 16 + 2}.${low + prng.int(1, 50)}`,
    };
  }
  return { ...base, type: 'fqdn', fqdn: `svc-${prng.int(1, 999)}.example.net` };
}

/** A generated VIP: static NAT of a public address on the WAN port, port forwarding for some. */
export function makeVip(
  prng: Prng,
  name: string,
  id: number,
  mappedIp: string,
  p: Pick<Ports, 'd' | 'v' | 'wan'>,
  i: number,
): FortiObject {
  const forward = prng.chance(0.6);
  const port = prng.pick([80, 443, 8080, 8443, 22]);
  return {
    name,
    q_origin_key: name,
    id,
    uuid: uuidOf(prng),
    comment: '',
    type: 'static-nat',
    extip: `198.51.${(p.d * 16 + p.v) % 256}.${10 + (i % 240)}`,
    mappedip: [{ range: mappedIp }],
    extintf: p.wan,
    'arp-reply': 'enable',
    portforward: forward ? 'enable' : 'disable',
    protocol: 'tcp',
    extport: forward ? String(port) : '0-65535',
    mappedport: forward ? String(port === 8443 ? 443 : port === 8080 ? 80 : port) : '0-65535',
    'portmapping-type': '1-to-1',
  };
}

interface PolicyContext {
  addresses: FortiObject[];
  groups: FortiObject[];
  vips: FortiObject[];
  vipgrps: FortiObject[];
  custom: FortiObject[];
  serviceGroups: FortiObject[];
  p: Ports;
}

/** A generated policy: inbound to a VIP (some), or between internal zones, referencing existing objects only. */
export function makePolicy(prng: Prng, policyid: number, c: PolicyContext): FortiObject {
  const inbound = c.vips.length > 0 && prng.chance(0.2);
  const name = (o: FortiObject) => o.name as string;
  const dst = inbound
    ? refs(name(prng.pick([...c.vips, ...c.vipgrps])))
    : refs(name(prng.pick([...c.addresses.slice(1), ...c.groups])));
  const src = inbound ? refs('all') : refs(name(prng.pick([...c.addresses, ...c.groups])));
  const service = refs(name(prng.pick([...c.custom, ...c.serviceGroups])));
  const action = prng.chance(0.15) ? 'deny' : 'accept';
  return {
    policyid,
    q_origin_key: policyid,
    status: prng.chance(0.9) ? 'enable' : 'disable',
    name: `policy-${policyid}`,
    uuid: uuidOf(prng),
    srcintf: refs(inbound ? c.p.wan : prng.pick([c.p.lan, c.p.dmz])),
    dstintf: refs(inbound ? prng.pick([c.p.lan, c.p.dmz]) : prng.pick([c.p.wan, c.p.dmz, c.p.lan])),
    action,
    srcaddr: src,
    dstaddr: dst,
    'srcaddr-negate': 'disable',
    'dstaddr-negate': 'disable',
    'internet-service': 'disable',
    'internet-service-src': 'disable',
    service,
    'service-negate': 'disable',
    schedule: 'always',
    nat: !inbound && action === 'accept' && prng.chance(0.5) ? 'enable' : 'disable',
    logtraffic: action === 'deny' ? 'all' : 'utm',
    'inspection-mode': 'flow',
    comments: '',
  };
}
