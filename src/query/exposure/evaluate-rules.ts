import { targetsInstance, type FirewallRule } from './firewall-rule.js';
import {
  emptySet,
  intersect,
  isEmpty,
  parseCidr,
  sameSet,
  subtract,
  union,
  type Family,
  type IpSet,
} from './ip-set.js';
import { ALL_PORTS, hasPorts, intersectPorts, type PortRange } from './protocols.js';

/** What traffic to consider: these protocols (undefined: any) and, for tcp/udp/sctp, these ports (undefined: any). */
export interface Restriction {
  protocols?: readonly string[];
  ports?: readonly PortRange[];
}

/** Allowed ingress: on `protocol` (`all`, `other`: every protocol not named elsewhere, or a name) and `ports`, the sources `rule` lets in. */
export interface Decision {
  protocol: string;
  ports: PortRange | null;
  rule: FirewallRule;
  sources: IpSet;
  /** Rules of higher precedence that took part of this rule's sources on these ports. */
  narrowedBy: string[];
}

const sourceCache = new WeakMap<FirewallRule, Partial<Record<Family, IpSet>>>();

/** The rule's source ranges of one family as a set (instance sources never match internet traffic). */
export function ruleSources(rule: FirewallRule, family: Family): IpSet {
  const cached = sourceCache.get(rule) ?? {};
  let set = cached[family];
  if (!set) {
    set = emptySet(family);
    for (const range of rule.sourceRanges) {
      const parsed = parseCidr(range);
      if (parsed?.family === family) set = union(set, parsed);
    }
    sourceCache.set(rule, { ...cached, [family]: set });
  }
  return set;
}

function entryMatches(rule: FirewallRule, protocol: string, port: number | null): boolean {
  return rule.entries.some(
    (e) =>
      (e.protocol === 'all' || e.protocol === protocol) &&
      (port === null || e.ports === null || e.ports.some(([a, b]) => a <= port && port <= b)),
  );
}

function segments(
  rules: readonly FirewallRule[],
  protocol: string,
  domain: readonly PortRange[],
): PortRange[] {
  const cuts = new Set<number>();
  for (const [a, b] of domain) cuts.add(a).add(b + 1);
  for (const rule of rules)
    for (const e of rule.entries)
      if (e.protocol === protocol) for (const [a, b] of e.ports ?? []) cuts.add(a).add(b + 1);
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: PortRange[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const range: PortRange = [sorted[i]!, sorted[i + 1]! - 1];
    if (intersectPorts([range], domain).length > 0) out.push(range);
  }
  return out;
}

interface Grant {
  rule: FirewallRule;
  sources: IpSet;
  narrowedBy: string[];
}

/** Walks the rules in order for one protocol and port: what each allow rule lets in of `universe`. */
function walk(
  rules: readonly FirewallRule[],
  protocol: string,
  port: number | null,
  owned: Map<FirewallRule, IpSet>,
  universe: IpSet,
): Grant[] {
  let remaining = universe;
  const decided: { rule: FirewallRule; sources: IpSet }[] = [];
  const grants: Grant[] = [];
  for (const rule of rules) {
    if (isEmpty(remaining)) break;
    if (!entryMatches(rule, protocol, port)) continue;
    const own = owned.get(rule)!;
    const taken = intersect(own, remaining);
    if (isEmpty(taken)) continue;
    if (rule.action === 'allow') {
      const narrowedBy = sameSet(taken, own)
        ? []
        : decided.filter((d) => !isEmpty(intersect(d.sources, own))).map((d) => d.rule.name);
      grants.push({ rule, sources: taken, narrowedBy });
    }
    decided.push({ rule, sources: taken });
    remaining = subtract(remaining, taken);
  }
  return grants;
}

const signature = (grants: readonly Grant[]) =>
  grants.map((g) => `${g.rule.project}/${g.rule.name}:${g.sources.intervals.join(';')}`).join('|');

/**
 * Google's VPC firewall evaluation for ingress to one interface: of the sources in `universe` (e.g. the public
 * internet of a family), what each rule in `rules` (those of the interface's network) lets in, per protocol and
 * port range. Rules are taken in Google's order (priority, deny first at a tie); the first rule matching a
 * packet decides; unmatched traffic meets the implied deny-all ingress rule at 65535.
 */
export function evaluateRules(
  rules: readonly FirewallRule[],
  tags: readonly string[],
  serviceAccount: string | null,
  family: Family,
  universe: IpSet,
  restriction: Restriction = {},
): Decision[] {
  const applicable = rules.filter(
    (r) => r.ingress && !r.disabled && targetsInstance(r, tags, serviceAccount),
  );
  const named = [...new Set(applicable.flatMap((r) => r.entries.map((e) => e.protocol)))].filter(
    (p) => p !== 'all',
  );
  const protocols = restriction.protocols ?? [...named.sort(), '*'];
  const owned = new Map(applicable.map((r) => [r, intersect(ruleSources(r, family), universe)]));
  const live = applicable.filter((r) => !isEmpty(owned.get(r)!));
  const out: Decision[] = [];
  for (const protocol of protocols) {
    const label = protocol !== '*' ? protocol : named.length === 0 ? 'all' : 'other';
    if (!hasPorts(protocol)) {
      if (protocol === '*' && restriction.ports !== undefined) continue;
      for (const g of walk(live, protocol, null, owned, universe))
        out.push({ protocol: label, ports: null, ...g });
      continue;
    }
    let open: { range: PortRange; grants: Grant[]; key: string } | null = null;
    const flush = () => {
      if (open) for (const g of open.grants) out.push({ protocol: label, ports: open.range, ...g });
      open = null;
    };
    for (const range of segments(live, protocol, restriction.ports ?? [ALL_PORTS])) {
      const grants = walk(live, protocol, range[0], owned, universe);
      const key = signature(grants);
      if (open !== null && open.key === key && open.range[1] + 1 === range[0])
        open.range = [open.range[0], range[1]];
      else {
        flush();
        open = { range, grants, key };
      }
    }
    flush();
  }
  return out;
}
