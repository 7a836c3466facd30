import type { FirewallPolicy } from './firewall-policy.js';
import { policyLevel } from './firewall-policy.js';
import { compareRules, targetMatch, type FirewallRule, type RuleTarget } from './firewall-rule.js';
import { parseRef } from './urls.js';

/** `networkFirewallPolicyEnforcementOrder`: Google's default evaluates VPC rules before network policies. */
export type EnforcementOrder = 'AFTER_CLASSIC_FIREWALL' | 'BEFORE_CLASSIC_FIREWALL';

/** What places firewall policies above an interface: the policies, the resource hierarchy, networks' orders. */
export interface PolicyEstate {
  firewalls: readonly FirewallRule[];
  policies: readonly FirewallPolicy[];
  /** Project → its ancestors from the organization down (`organizations/1`, `folders/2`, …). */
  ancestry: ReadonlyMap<string, readonly string[]>;
  /** Network URL (`projects/p/global/networks/n`) → its enforcement order (absent: AFTER_CLASSIC_FIREWALL). */
  enforcementOrder: ReadonlyMap<string, EnforcementOrder>;
}

/** One level of the evaluation: its label and its ingress rules targeting the interface, in Google's order. */
export interface RuleLevel {
  label: string;
  rules: FirewallRule[];
}

/** The region of a zone (`us-central1-a` → `us-central1`). */
export function zoneRegion(zone: string): string {
  return zone.replace(/-[a-z]$/, '');
}

/** Indexes of an estate's rules and policies, built once per evaluation. */
export interface PolicyIndex {
  vpc: Map<string, FirewallRule[]>;
  hierarchy: Map<string, { policy: FirewallPolicy; rules: FirewallRule[] }[]>;
  network: Map<string, FirewallPolicy[]>;
  estate: PolicyEstate;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const sorted = (rules: readonly FirewallRule[]) =>
  rules.filter((r) => r.ingress && !r.disabled).sort(compareRules);

/** Pure: VPC rules by network, hierarchical policies by the node they are attached to, network policies by network. */
export function indexPolicies(estate: PolicyEstate): PolicyIndex {
  const vpc = new Map<string, FirewallRule[]>();
  for (const rule of estate.firewalls) if (rule.ingress && !rule.disabled) push(vpc, rule.network, rule);
  for (const list of vpc.values()) list.sort(compareRules);
  const hierarchy = new Map<string, { policy: FirewallPolicy; rules: FirewallRule[] }[]>();
  const network = new Map<string, FirewallPolicy[]>();
  for (const policy of estate.policies)
    for (const target of policy.attachments) {
      if (policy.type !== 'hierarchy') {
        push(network, target, { ...policy, rules: sorted(policy.rules) });
        continue;
      }
      const level = policyLevel(policy, target);
      const rules = sorted(policy.rules).map((r) => (r.level === level ? r : { ...r, level }));
      push(hierarchy, target, { policy, rules });
    }
  return { vpc, hierarchy, network, estate };
}

/**
 * Google's order of evaluation for ingress to an interface on `target.network` of an instance in `zone`:
 * the hierarchical policies attached to the network's project's ancestors, from the organization down; then the
 * VPC firewall rules and the global network firewall policy in the network's enforcement order (default: VPC rules
 * first), with the regional network firewall policy of the instance's region right after the global one.
 * Each level holds only the rules that target the interface. Rules decided by secure tags the instance has no record
 * of (`secureTags` null) are added to `guessed`, when given.
 */
export function ruleLevels(
  index: PolicyIndex,
  target: RuleTarget,
  zone: string,
  guessed?: FirewallRule[],
): RuleLevel[] {
  const project = parseRef(target.network)?.project ?? '';
  const levels: RuleLevel[] = [];
  const keep = (rules: readonly FirewallRule[]) =>
    rules.filter((r) => {
      const match = targetMatch(r, target);
      if (match.guessed) guessed?.push(r);
      return match.applies;
    });
  for (const node of index.estate.ancestry.get(project) ?? [])
    for (const { policy, rules } of index.hierarchy.get(node) ?? [])
      levels.push({ label: policyLevel(policy, node), rules: keep(rules) });
  const vpc: RuleLevel = { label: 'vpc', rules: keep(index.vpc.get(target.network) ?? []) };
  const attached = index.network.get(target.network) ?? [];
  const region = zoneRegion(zone);
  const policies = [
    ...attached.filter((p) => p.type === 'network'),
    ...attached.filter((p) => p.type === 'regional' && p.region === region),
  ].map((p) => ({ label: policyLevel(p), rules: keep(p.rules) }));
  const order = index.estate.enforcementOrder.get(target.network) ?? 'AFTER_CLASSIC_FIREWALL';
  if (order === 'BEFORE_CLASSIC_FIREWALL') levels.push(...policies, vpc);
  else levels.push(vpc, ...policies);
  return levels;
}

/**
 * Pure: a note when the hierarchy recorded above the project owning `network` stops below an organization (the
 * parent of its top node could not be read), so policies of nodes higher up cannot be applied; else undefined.
 */
export function ancestryGap(estate: PolicyEstate, network: string): string | undefined {
  const project = parseRef(network)?.project ?? '';
  const top = estate.ancestry.get(project)?.[0];
  if (top === undefined || top.startsWith('organizations/')) return undefined;
  return `the hierarchy above ${top} (an ancestor of project ${project}) is unknown: firewall policies of higher folders and the organization are not applied to its networks`;
}
