import type { compute_v1 } from '@googleapis/compute';
import { hasPorts, normalizeProtocol, parsePortRange, type PortRange } from './protocols.js';
import { normalizeUrl } from './urls.js';

/** One `allowed[]` / `denied[]` entry: a protocol (`all` for any) and its ports (null: every port). */
export interface RuleEntry {
  protocol: string;
  ports: readonly PortRange[] | null;
}

/** A VPC firewall rule or a firewall policy rule, as the evaluator needs it. */
export interface FirewallRule {
  project: string;
  /** A VPC rule's name; a policy rule's `ruleName`, else `rule <priority>`. */
  name: string;
  /** Where the rule lives: `vpc`, or its policy (`org 123 policy p`, `folder 45 policy q`, `network policy n`, `regional policy r (us-central1)`). */
  level: string;
  /** A VPC rule's network URL; empty for a policy rule (the policy's attachment places it). */
  network: string;
  priority: number;
  /** `goto_next` (policy rules only) hands the traffic to the next level. */
  action: 'allow' | 'deny' | 'goto_next';
  ingress: boolean;
  disabled: boolean;
  sourceRanges: readonly string[];
  /** sourceTags or sourceServiceAccounts (srcSecureTags) set: matches instances of the VPC only, never the internet. */
  hasInstanceSources: boolean;
  targetTags: readonly string[];
  targetServiceAccounts: readonly string[];
  /** Secure tag values (`tagValues/123`) the rule targets (policy rules). */
  targetSecureTags: readonly string[];
  /** Network URLs the rule is limited to (hierarchical policy rules' `targetResources`); empty: every network. */
  targetResources: readonly string[];
  /** Sources the rule names that are not evaluated (address groups, FQDNs, geo, threat intelligence). */
  unevaluated: readonly string[];
  entries: readonly RuleEntry[];
  /** Port entries that are not a port or range (`80-`, `abc`), as `<field>[i].ports[j] '<text>'`: they match no port. */
  badPorts: readonly string[];
}

/** What a rule is matched against: the instance's network, network tags, service account and secure tags. */
export interface RuleTarget {
  network: string;
  tags: readonly string[];
  serviceAccount: string | null;
  /** Secure tag values bound to the instance; null when its bindings were never read (see `targetMatch`). */
  secureTags: readonly string[] | null;
}

/** Google's default priority when a rule gives none. */
export const DEFAULT_PRIORITY = 1000;

type RawEntry = { IPProtocol?: string | null; ipProtocol?: string | null; ports?: string[] | null };

/** Firewall `allowed[]`/`denied[]` or policy `layer4Configs[]` entries → the evaluator's entries. */
export function entries(list: readonly RawEntry[] | null | undefined): RuleEntry[] {
  return (list ?? []).map((e) => {
    const protocol = normalizeProtocol(e.IPProtocol ?? e.ipProtocol ?? 'all');
    const ports = (e.ports ?? []).map(parsePortRange).filter((p): p is PortRange => p !== null);
    return { protocol, ports: hasPorts(protocol) && (e.ports ?? []).length > 0 ? ports : null };
  });
}

/**
 * The port entries of a port-carrying protocol that are not a port or range, named `<field>[i].ports[j] '<text>'`.
 * Google refuses such a rule when it is written, so a stored one cannot be enforced as it reads: the entry
 * matches no port, and the answer names it (an allow's exposure through it, or a deny's cover, is not counted).
 */
export function badPortEntries(field: string, list: readonly RawEntry[] | null | undefined): string[] {
  return (list ?? []).flatMap((e, i) =>
    hasPorts(normalizeProtocol(e.IPProtocol ?? e.ipProtocol ?? 'all'))
      ? (e.ports ?? []).flatMap((text, j) =>
          parsePortRange(String(text)) !== null
            ? []
            : [`${field}[${i}].ports[${j}] ${JSON.stringify(String(text).slice(0, 40))}`],
        )
      : [],
  );
}

/**
 * Pure: the API firewall object → the evaluator's rule. An ingress rule with no source at all gets Google's
 * default source range 0.0.0.0/0.
 */
export function firewallRule(project: string, raw: compute_v1.Schema$Firewall): FirewallRule {
  const denied = (raw.denied ?? []).length > 0;
  const hasInstanceSources =
    (raw.sourceTags ?? []).length > 0 || (raw.sourceServiceAccounts ?? []).length > 0;
  const ranges = raw.sourceRanges ?? [];
  return {
    project,
    name: raw.name ?? '',
    level: 'vpc',
    network: normalizeUrl(raw.network ?? ''),
    priority: raw.priority ?? DEFAULT_PRIORITY,
    action: denied ? 'deny' : 'allow',
    ingress: (raw.direction ?? 'INGRESS') === 'INGRESS',
    disabled: raw.disabled === true,
    sourceRanges: ranges.length === 0 && !hasInstanceSources ? ['0.0.0.0/0'] : ranges,
    hasInstanceSources,
    targetTags: raw.targetTags ?? [],
    targetServiceAccounts: raw.targetServiceAccounts ?? [],
    targetSecureTags: [],
    targetResources: [],
    unevaluated: [],
    entries: denied ? entries(raw.denied) : entries(raw.allowed),
    badPorts: denied ? badPortEntries('denied', raw.denied) : badPortEntries('allowed', raw.allowed),
  };
}

const ACTION_ORDER = { deny: 0, allow: 1, goto_next: 2 } as const;

/** Google's evaluation order within a level: lower priority number first; at equal priority a deny before an allow. */
export function compareRules(a: FirewallRule, b: FirewallRule): number {
  return (
    a.priority - b.priority ||
    ACTION_ORDER[a.action] - ACTION_ORDER[b.action] ||
    a.project.localeCompare(b.project) ||
    a.name.localeCompare(b.name)
  );
}

/**
 * Whether the rule applies to this instance interface: its `targetResources` (if any) name the network, and
 * its targets (network tags, else service accounts, else secure tags; none: every instance) include it. When the
 * instance's secure tags are unknown, a rule targeting secure tags is taken at its worst for exposure (an allow
 * applies, a deny or goto_next does not), and `guessed` says so.
 */
export function targetMatch(rule: FirewallRule, target: RuleTarget): { applies: boolean; guessed: boolean } {
  const decided = (applies: boolean) => ({ applies, guessed: false });
  if (rule.targetResources.length > 0 && !rule.targetResources.includes(target.network))
    return decided(false);
  if (rule.targetTags.length > 0) return decided(rule.targetTags.some((t) => target.tags.includes(t)));
  if (rule.targetServiceAccounts.length > 0)
    return decided(
      target.serviceAccount !== null && rule.targetServiceAccounts.includes(target.serviceAccount),
    );
  if (rule.targetSecureTags.length === 0) return decided(true);
  const bound = target.secureTags;
  if (bound === null) return { applies: rule.action === 'allow', guessed: true };
  return decided(rule.targetSecureTags.some((t) => bound.includes(t)));
}

/** How answers name a rule: a VPC rule by its name, a policy rule by its level and priority (`org 1 policy p rule 100`). */
export function ruleLabel(rule: Pick<FirewallRule, 'level' | 'name'>): string {
  return rule.level === 'vpc' ? rule.name : `${rule.level} ${rule.name}`;
}
