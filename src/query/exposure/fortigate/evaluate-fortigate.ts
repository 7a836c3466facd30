import { refNames } from '../../../fortinet/fortinet-resource.js';
import type { FortiPolicy, FortiVip } from '../../../fortinet/types.js';
import { emptySet, intersect, isEmpty, subtract, union, type IpSet } from '../ip-set.js';
import { PUBLIC } from '../public-ranges.js';
import { intersectPorts, type PortRange } from '../protocols.js';
import type { FortigateVdom } from './fortigate-estate.js';
import {
  ipRange,
  overlaps,
  policySources,
  servicePorts,
  serviceSet,
  where,
  type ServiceSet,
} from './forti-objects.js';
import { unmodelledNotes } from './unmodelled.js';
import { vipTargets, type Part, type VipTarget } from './vip-targets.js';

/** Traffic from the internet a FortiGate forwards through a VIP: what, from where, to which internal address, by which policy. */
export interface ForwardedFlow {
  device: string;
  vdom: string;
  vip: string;
  /** The VIP's external address (`extip`, one address or a range). */
  extip: string;
  /** `tcp`, `udp`, `sctp`, `icmp`, a protocol number, or `all`. */
  protocol: string;
  /** The internal (mapped) port range it arrives on, null for protocols without ports. */
  mappedPorts: PortRange | null;
  /** The mapped addresses (`mappedip` ranges) it is sent to. */
  mappedIps: readonly string[];
  /** The internet sources the deciding policy lets in for these ports, after the policies before it. */
  sources: IpSet;
  policy: {
    id: number;
    name: string;
    position: number;
    nat: boolean;
    /** Source NAT to an IP pool (`ippool enable`) rather than the egress interface's address. */
    ippool: boolean;
    srcaddr: string[];
    dstintf: string[];
  };
  /** Deny policies before it that took part of this traffic. */
  narrowedBy: string[];
  /** The real server it goes to (`realserver 1 10.0.0.5:8080`), for a server-load-balance VIP. */
  realserver?: string;
}

/** Whether an interface list names an internet-facing interface: `any`, a `wan` role, or a public address. */
export function internetFacing(vdom: FortigateVdom, names: readonly string[]): boolean {
  return names.some((name) => {
    if (name === 'any') return true;
    const iface = vdom.interfaces.get(name);
    if (!iface) return false;
    if (iface.role === 'wan') return true;
    const ip = ipRange((iface.ip ?? '').split(/\s+/)[0] ?? '');
    return ip !== null && overlaps(ip, PUBLIC[4]);
  });
}

/** The VIP names a policy's `dstaddr` reaches (VIPs directly or through VIP groups). */
function vipsOf(vdom: FortigateVdom, policy: FortiPolicy): Set<string> {
  const out = new Set<string>();
  for (const name of refNames(policy.dstaddr)) {
    if (vdom.vips.has(name)) out.add(name);
    const group = vdom.vipgrps.get(name);
    if (group) for (const member of refNames(group.member)) if (vdom.vips.has(member)) out.add(member);
  }
  return out;
}

/** The part of `part` a policy's services take (ports of the same protocol), and what is left. */
function split(part: Part, services: ServiceSet): { taken: Part[]; left: Part[] } {
  if (part.ports === null) {
    const matches = services === 'all' || (services.has(part.protocol) && part.protocol !== 'other');
    return matches ? { taken: [part], left: [] } : { taken: [], left: [part] };
  }
  const ranges = intersectPorts([part.ports], servicePorts(services, part.protocol));
  const taken = ranges.map((ports) => ({ ...part, ports }));
  const left: Part[] = [];
  let next = part.ports[0];
  for (const [first, last] of ranges) {
    if (first > next) left.push({ ...part, ports: [next, first - 1] });
    next = last + 1;
  }
  if (next <= part.ports[1]) left.push({ ...part, ports: [next, part.ports[1]] });
  return { taken, left };
}

/**
 * Pure: what the internet reaches through each VIP of a VDOM, decided as FortiOS does: policies in sequence order,
 * the first one matching a packet decides (accept or deny); a policy matches VIP traffic when its `dstaddr` names
 * the VIP or a VIP group holding it (a deny with `dstaddr all` only with `match-vip enable`), its `srcintf` is
 * internet-facing, it is enabled, and its sources and services cover the packet. Services are matched on the
 * mapped (translated) port. Schedules are taken as always on; internet-service and geography objects match nothing;
 * a server-load-balance VIP is evaluated once per real server. Unmodelled features in use are noted.
 */
export function evaluateFortigate(vdom: FortigateVdom, notes: Set<string>): ForwardedFlow[] {
  const flows: ForwardedFlow[] = [];
  const policies = vdom.policies.map((policy, i) => ({ policy, position: i + 1 }));
  unmodelledNotes(vdom, notes);
  for (const [name, vip] of vdom.vips)
    for (const target of vipTargets(vdom, name, vip, notes))
      flows.push(...evaluateTarget(vdom, policies, name, vip, target, notes));
  return flows;
}

function evaluateTarget(
  vdom: FortigateVdom,
  policies: readonly { policy: FortiPolicy; position: number }[],
  name: string,
  vip: FortiVip,
  target: VipTarget,
  notes: Set<string>,
): ForwardedFlow[] {
  const flows: ForwardedFlow[] = [];
  let parts = target.parts;
  const narrowedBy: string[] = [];
  for (const { policy, position } of policies) {
    if (!parts.length) break;
    if (policy.status === 'disable') continue;
    if (!internetFacing(vdom, refNames(policy.srcintf))) continue;
    const deny = policy.action === 'deny';
    const direct = vipsOf(vdom, policy).has(name);
    const matchVip = deny && policy['match-vip'] === 'enable' && refNames(policy.dstaddr).includes('all');
    if (!direct && !matchVip) continue;
    if (policy['internet-service'] === 'enable' || policy['internet-service-src'] === 'enable') {
      notes.add(
        `${where(vdom)} policy ${policy.policyid} uses internet-service objects: not modelled, not evaluated`,
      );
      continue;
    }
    if (policy['service-negate'] === 'enable') {
      notes.add(`${where(vdom)} policy ${policy.policyid} negates its services: not modelled, not evaluated`);
      continue;
    }
    if (policy.schedule !== undefined && policy.schedule !== 'always')
      notes.add(
        `${where(vdom)} policy ${policy.policyid} has schedule ${policy.schedule}: schedules are not modelled (taken as always on)`,
      );
    const sources = policySources(
      vdom,
      refNames(policy.srcaddr),
      policy['srcaddr-negate'] === 'enable',
      notes,
    );
    let services: ServiceSet = new Map();
    for (const s of refNames(policy.service)) services = mergeInto(services, serviceSet(vdom, s, notes));
    const next: Part[] = [];
    for (const part of parts) {
      const { taken, left } = split(part, services);
      next.push(...left);
      for (const t of taken) {
        const hit = intersect(t.sources, sources);
        const rest = subtract(t.sources, sources);
        if (!isEmpty(rest)) next.push({ ...t, sources: rest });
        if (isEmpty(hit)) continue;
        if (deny) {
          const label = `${where(vdom)} deny policy ${policy.policyid} (#${position})`;
          if (!narrowedBy.includes(label)) narrowedBy.push(label);
          continue;
        }
        flows.push({
          device: vdom.device,
          vdom: vdom.vdom,
          vip: name,
          extip: vip.extip ?? '',
          protocol: t.protocol === 'other' ? 'all' : t.protocol,
          mappedPorts: t.ports,
          mappedIps: target.mappedIps,
          ...(target.realserver && { realserver: target.realserver }),
          sources: hit,
          policy: {
            id: policy.policyid,
            name: policy.name ?? '',
            position,
            nat: policy.nat === 'enable',
            ippool: policy.ippool === 'enable',
            srcaddr: refNames(policy.srcaddr),
            dstintf: refNames(policy.dstintf),
          },
          narrowedBy: [...narrowedBy],
        });
      }
    }
    parts = next;
  }
  return flows;
}

function mergeInto(a: ServiceSet, b: ServiceSet): ServiceSet {
  if (a === 'all' || b === 'all') return 'all';
  const out = new Map(a);
  for (const [p, r] of b) {
    const had = out.get(p);
    out.set(p, had === undefined ? r : had === null || r === null ? null : [...had, ...r]);
  }
  return out;
}

/** Every address of a `mappedip` range (`10.0.0.5` or `10.0.0.5-10.0.0.9`), as a set. */
export function mappedSet(ranges: readonly string[]): IpSet {
  let set = emptySet(4);
  for (const range of ranges) {
    const [first = '', last] = range.split('-');
    const parsed = ipRange(first, last ?? first);
    if (parsed) set = union(set, parsed);
  }
  return set;
}
