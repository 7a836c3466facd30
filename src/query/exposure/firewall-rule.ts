import type { compute_v1 } from '@googleapis/compute';
import { hasPorts, normalizeProtocol, parsePortRange, type PortRange } from './protocols.js';
import { normalizeUrl } from './urls.js';

/** One `allowed[]` / `denied[]` entry: a protocol (`all` for any) and its ports (null: every port). */
export interface RuleEntry {
  protocol: string;
  ports: readonly PortRange[] | null;
}

/** A VPC firewall rule as the evaluator needs it. */
export interface FirewallRule {
  project: string;
  name: string;
  network: string;
  priority: number;
  action: 'allow' | 'deny';
  ingress: boolean;
  disabled: boolean;
  sourceRanges: readonly string[];
  /** sourceTags or sourceServiceAccounts set: matches instances of the VPC only, never the internet. */
  hasInstanceSources: boolean;
  targetTags: readonly string[];
  targetServiceAccounts: readonly string[];
  entries: readonly RuleEntry[];
}

/** Google's default priority when a rule gives none. */
export const DEFAULT_PRIORITY = 1000;

function entries(list: compute_v1.Schema$Firewall['allowed']): RuleEntry[] {
  return (list ?? []).map((e) => {
    const protocol = normalizeProtocol(e.IPProtocol ?? 'all');
    const ports = (e.ports ?? []).map(parsePortRange).filter((p): p is PortRange => p !== null);
    return { protocol, ports: hasPorts(protocol) && (e.ports ?? []).length > 0 ? ports : null };
  });
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
    network: normalizeUrl(raw.network ?? ''),
    priority: raw.priority ?? DEFAULT_PRIORITY,
    action: denied ? 'deny' : 'allow',
    ingress: (raw.direction ?? 'INGRESS') === 'INGRESS',
    disabled: raw.disabled === true,
    sourceRanges: ranges.length === 0 && !hasInstanceSources ? ['0.0.0.0/0'] : ranges,
    hasInstanceSources,
    targetTags: raw.targetTags ?? [],
    targetServiceAccounts: raw.targetServiceAccounts ?? [],
    entries: denied ? entries(raw.denied) : entries(raw.allowed),
  };
}

/** Google's evaluation order: lower priority number first; at equal priority a deny before an allow. */
export function compareRules(a: FirewallRule, b: FirewallRule): number {
  return (
    a.priority - b.priority ||
    (a.action === b.action ? 0 : a.action === 'deny' ? -1 : 1) ||
    a.project.localeCompare(b.project) ||
    a.name.localeCompare(b.name)
  );
}

/** True when the rule applies to an instance with these network tags and service account. */
export function targetsInstance(
  rule: FirewallRule,
  tags: readonly string[],
  serviceAccount: string | null,
): boolean {
  if (rule.targetTags.length > 0) return rule.targetTags.some((t) => tags.includes(t));
  if (rule.targetServiceAccounts.length > 0)
    return serviceAccount !== null && rule.targetServiceAccounts.includes(serviceAccount);
  return true;
}
