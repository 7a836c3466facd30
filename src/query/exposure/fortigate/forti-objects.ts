import { isIP } from 'node:net';
import { refNames } from '../../../fortinet/fortinet-resource.js';
import { emptySet, fullSet, intersect, parseCidr, subtract, union, type IpSet } from '../ip-set.js';
import { ALL_PORTS, parsePortRange, type PortRange } from '../protocols.js';
import type { FortigateVdom } from './fortigate-estate.js';

/** What one service (or group) lets through: `all` protocols, or protocol → port ranges (null: a protocol without ports). */
export type ServiceSet = 'all' | Map<string, PortRange[] | null>;

/** A run of IPv4 addresses `a.b.c.d-e.f.g.h` (or one address) as a set; null when malformed. */
export function ipRange(first: string, last: string = first): IpSet | null {
  const a = parseCidr(first.trim());
  const b = parseCidr(last.trim());
  if (!a || !b || a.family !== 4 || b.family !== 4 || isIP(first.trim()) !== 4 || isIP(last.trim()) !== 4)
    return null;
  const [lo] = a.intervals[0]!;
  const [hi] = b.intervals[0]!;
  return lo <= hi ? { family: 4, intervals: [[lo, hi]] } : null;
}

/** `10.0.0.0 255.255.255.0` or `10.0.0.0/24` as a set; null when malformed or the mask is not contiguous. */
export function subnetSet(subnet: string): IpSet | null {
  const [address = '', mask] = subnet.trim().split(/\s+/);
  if (mask === undefined) return parseCidr(address);
  const m = parseCidr(mask);
  if (!m || m.family !== 4 || isIP(mask) !== 4) return null;
  const inverse = ~m.intervals[0]![0] & 0xffffffffn;
  if (((inverse + 1n) & inverse) !== 0n) return null;
  const length = 32 - (inverse === 0n ? 0 : inverse.toString(2).length);
  return parseCidr(`${address}/${length}`);
}

/**
 * The addresses a name denotes in a VDOM (an address or a group, recursively; a group's `exclude-member` taken
 * out). Types without fixed addresses (fqdn, geography, wildcard, dynamic, …) are not modelled: they add nothing and
 * a note names them.
 */
export function addressSet(vdom: FortigateVdom, name: string, notes: Set<string>, depth = 0): IpSet {
  const address = vdom.addresses.get(name);
  if (address) {
    const type = address.type ?? 'ipmask';
    if (type === 'ipmask') return subnetSet(address.subnet ?? '0.0.0.0 0.0.0.0') ?? emptySet(4);
    if (type === 'iprange') return ipRange(address['start-ip'] ?? '', address['end-ip'] ?? '') ?? emptySet(4);
    notes.add(`${where(vdom)} address ${name} of type ${type} is not modelled (it matches no source here)`);
    return emptySet(4);
  }
  const group = vdom.addrgrps.get(name);
  if (group && depth < 8) {
    let set = emptySet(4);
    for (const member of refNames(group.member)) set = union(set, addressSet(vdom, member, notes, depth + 1));
    if (group.exclude === 'enable')
      for (const member of refNames(group['exclude-member']))
        set = subtract(set, addressSet(vdom, member, notes, depth + 1));
    return set;
  }
  if (name === 'all') return fullSet(4);
  notes.add(`${where(vdom)} names address ${name}, which is not stored (it matches no source here)`);
  return emptySet(4);
}

/** The sources a policy's `srcaddr` matches, `srcaddr-negate` applied. */
export function policySources(
  vdom: FortigateVdom,
  names: readonly string[],
  negate: boolean,
  notes: Set<string>,
): IpSet {
  let set = emptySet(4);
  for (const name of names) set = union(set, addressSet(vdom, name, notes));
  return negate ? subtract(fullSet(4), set) : set;
}

/** A FortiOS port range list (`80 443 8000-8080:1024-65535`: destination ranges, `:` source ranges ignored). */
export function portRanges(text: string | undefined): PortRange[] {
  const out: PortRange[] = [];
  for (const part of (text ?? '').trim().split(/\s+/)) {
    if (part === '') continue;
    const range = parsePortRange(part.split(':')[0]!);
    if (range) out.push(range);
  }
  return out;
}

/** What a service or service group (by name) lets through; an unknown name lets nothing through (noted). */
export function serviceSet(vdom: FortigateVdom, name: string, notes: Set<string>, depth = 0): ServiceSet {
  const service = vdom.services.get(name);
  if (service) {
    const protocol = (service.protocol ?? 'TCP/UDP/SCTP').toUpperCase();
    if (protocol === 'IP') {
      const number = service['protocol-number'] ?? 0;
      return number === 0 ? 'all' : new Map([[String(number), null]]);
    }
    if (protocol === 'ICMP') return new Map([['icmp', null]]);
    if (protocol === 'TCP/UDP/SCTP') {
      const out = new Map<string, PortRange[] | null>();
      for (const [p, field] of [
        ['tcp', 'tcp-portrange'],
        ['udp', 'udp-portrange'],
        ['sctp', 'sctp-portrange'],
      ] as const) {
        const ranges = portRanges(service[field]);
        if (ranges.length) out.set(p, ranges);
      }
      return out;
    }
    notes.add(
      `${where(vdom)} service ${name} of protocol ${service.protocol} is not modelled (it matches nothing here)`,
    );
    return new Map();
  }
  const group = vdom.serviceGroups.get(name);
  if (group && depth < 8) {
    let out: ServiceSet = new Map();
    for (const member of refNames(group.member))
      out = mergeServices(out, serviceSet(vdom, member, notes, depth + 1));
    return out;
  }
  if (name === 'ALL') return 'all';
  notes.add(`${where(vdom)} names service ${name}, which is not stored (it matches nothing here)`);
  return new Map();
}

/** The union of two service sets. */
export function mergeServices(a: ServiceSet, b: ServiceSet): ServiceSet {
  if (a === 'all' || b === 'all') return 'all';
  const out = new Map(a);
  for (const [p, ranges] of b) {
    const had = out.get(p);
    out.set(p, had === undefined ? ranges : had === null || ranges === null ? null : [...had, ...ranges]);
  }
  return out;
}

/** The port ranges of `protocol` a service set lets through: `all` (every port), a list, or none. */
export function servicePorts(set: ServiceSet, protocol: string): PortRange[] {
  if (set === 'all') return [ALL_PORTS];
  const ranges = set.get(protocol);
  return ranges === undefined ? [] : ranges === null ? [ALL_PORTS] : ranges;
}

/** `device/vdom` for notes. */
export function where(vdom: Pick<FortigateVdom, 'device' | 'vdom'>): string {
  return `fortigate ${vdom.device}/${vdom.vdom}`;
}

/** Whether two sets share an address. */
export function overlaps(a: IpSet, b: IpSet): boolean {
  return intersect(a, b).intervals.length > 0;
}
