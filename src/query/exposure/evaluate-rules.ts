import { ruleLabel, type FirewallRule } from './firewall-rule.js';
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
  levels: readonly (readonly FirewallRule[])[],
  protocol: string,
  domain: readonly PortRange[],
): PortRange[] {
  const cuts = new Set<number>();
  for (const [a, b] of domain) cuts.add(a).add(b + 1);
  for (const rules of levels)
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

/**
 * Walks the levels in order for one protocol and port: within a level the first matching rule decides (allow or
 * deny) or hands the traffic to the next level (`goto_next`, as does matching nothing); what each allow rule
 * lets in of `universe`.
 */
function walk(
  levels: readonly (readonly FirewallRule[])[],
  protocol: string,
  port: number | null,
  owned: Map<FirewallRule, IpSet>,
  universe: IpSet,
): Grant[] {
  let remaining = universe;
  const decided: { rule: FirewallRule; sources: IpSet }[] = [];
  const grants: Grant[] = [];
  for (const rules of levels) {
    let pending = remaining;
    for (const rule of rules) {
      if (isEmpty(pending)) break;
      if (!entryMatches(rule, protocol, port)) continue;
      const own = owned.get(rule)!;
      const taken = intersect(own, pending);
      if (isEmpty(taken)) continue;
      pending = subtract(pending, taken);
      if (rule.action === 'goto_next') continue;
      if (rule.action === 'allow') {
        const narrowedBy = sameSet(taken, own)
          ? []
          : decided.filter((d) => !isEmpty(intersect(d.sources, own))).map((d) => ruleLabel(d.rule));
        grants.push({ rule, sources: taken, narrowedBy });
      }
      decided.push({ rule, sources: taken });
      remaining = subtract(remaining, taken);
    }
    if (isEmpty(remaining)) break;
  }
  return grants;
}

const signature = (grants: readonly Grant[]) =>
  grants.map((g) => `${g.rule.project}/${ruleLabel(g.rule)}:${g.sources.intervals.join(';')}`).join('|');

/**
 * Google's firewall evaluation for ingress to one interface: of the sources in `universe` (e.g. the public
 * internet of a family), what each rule lets in, per protocol and port range. `levels` are the rule sets that
 * apply to the interface in Google's order (hierarchical policies, VPC rules and network policies, see
 * policy-order.ts), each already limited to the rules targeting it and sorted (priority, deny first at a tie);
 * the first rule of a level matching a packet decides unless it is `goto_next`; traffic no level decides meets
 * the implied deny-all ingress rule.
 */
export function evaluateRules(
  levels: readonly (readonly FirewallRule[])[],
  family: Family,
  universe: IpSet,
  restriction: Restriction = {},
): Decision[] {
  const applicable = levels.map((rules) => rules.filter((r) => r.ingress && !r.disabled));
  const all = applicable.flat();
  const named = [...new Set(all.flatMap((r) => r.entries.map((e) => e.protocol)))].filter((p) => p !== 'all');
  const protocols = restriction.protocols ?? [...named.sort(), '*'];
  const owned = new Map(all.map((r) => [r, intersect(ruleSources(r, family), universe)]));
  const live = applicable.map((rules) => rules.filter((r) => !isEmpty(owned.get(r)!)));
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
