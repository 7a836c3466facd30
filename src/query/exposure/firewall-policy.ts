import type { compute_v1 } from '@googleapis/compute';
import { badPortEntries, entries, type FirewallRule } from './firewall-rule.js';
import { normalizeUrl } from './urls.js';

/** Which kind of firewall policy: hierarchical (organization/folder), global network, regional network. */
export type PolicyType = 'hierarchy' | 'network' | 'regional';

/** A firewall policy as the evaluator needs it: where it is attached and its ingress rules. */
export interface FirewallPolicy {
  type: PolicyType;
  /** Hierarchical: the node that owns it (`organizations/1`, `folders/2`); network policies: their project. */
  owner: string;
  /** The policy's short name (hierarchical: `shortName`, else `displayName`, else its numeric name). */
  name: string;
  /** Regional policies' region name, else null. */
  region: string | null;
  /** Hierarchical: nodes it is associated with (`organizations/1`, `folders/2`); network policies: network URLs. */
  attachments: readonly string[];
  rules: readonly FirewallRule[];
}

type Matcher = compute_v1.Schema$FirewallPolicyRuleMatcher;

/** Sources of a match that name no IP range the evaluator can read, each as `<field> <values>`. */
function unevaluatedSources(match: Matcher): string[] {
  const fields = [
    ['srcAddressGroups', match.srcAddressGroups],
    ['srcFqdns', match.srcFqdns],
    ['srcRegionCodes', match.srcRegionCodes],
    ['srcThreatIntelligences', match.srcThreatIntelligences],
    ['srcNetworks', match.srcNetworks],
  ] as const;
  const out = fields
    .filter(([, values]) => (values ?? []).length > 0)
    .map(([field, values]) => `${field} ${values!.join(',')}`);
  const context = match.srcNetworkContext ?? match.srcNetworkType;
  if (context && context !== 'UNSPECIFIED') out.push(`srcNetworkType ${context}`);
  return out;
}

function effectiveTags(tags: compute_v1.Schema$FirewallPolicyRuleSecureTag[] | undefined): string[] {
  return (tags ?? []).filter((t) => t.state !== 'INEFFECTIVE' && t.name).map((t) => t.name!);
}

/**
 * Pure: one policy rule → the evaluator's rule, named `rule <priority>`. Address groups, FQDNs, geo, threat
 * intelligence and source networks are recorded in `unevaluated` and match no internet source; source secure
 * tags match only instances, never the internet.
 */
export function policyRule(
  project: string,
  raw: compute_v1.Schema$FirewallPolicyRule,
  level: string,
): FirewallRule {
  const match = raw.match ?? {};
  const action = raw.action === 'deny' || raw.action === 'goto_next' ? raw.action : 'allow';
  const priority = raw.priority ?? 0;
  return {
    project,
    name: `rule ${priority}`,
    level,
    network: '',
    priority,
    action,
    ingress: (raw.direction ?? 'INGRESS') === 'INGRESS',
    disabled: raw.disabled === true || (raw.action !== undefined && !KNOWN_ACTIONS.has(raw.action ?? '')),
    sourceRanges: match.srcIpRanges ?? [],
    hasInstanceSources: (match.srcSecureTags ?? []).length > 0,
    targetTags: [],
    targetServiceAccounts: raw.targetServiceAccounts ?? [],
    targetSecureTags: effectiveTags(raw.targetSecureTags),
    targetResources: (raw.targetResources ?? []).map(normalizeUrl),
    unevaluated: unevaluatedSources(match),
    entries: entries(match.layer4Configs ?? []),
    badPorts: badPortEntries('match.layer4Configs', match.layer4Configs),
  };
}

/** Actions that decide or pass ingress; `apply_security_profile_group` (L7 inspection) is not evaluated. */
const KNOWN_ACTIONS = new Set(['allow', 'deny', 'goto_next']);

/** The label of a policy's level as answers name it. */
export function policyLevel(policy: Pick<FirewallPolicy, 'type' | 'name' | 'region'>, node?: string): string {
  if (policy.type === 'network') return `network policy ${policy.name}`;
  if (policy.type === 'regional') return `regional policy ${policy.name} (${policy.region ?? '?'})`;
  const [kind, id] = (node ?? '').split('/');
  return `${kind === 'organizations' ? 'org' : 'folder'} ${id ?? '?'} policy ${policy.name}`;
}

/** Pure: the API object of a hierarchical, global or regional network firewall policy → the evaluator's policy. */
export function firewallPolicy(
  type: PolicyType,
  owner: string,
  raw: compute_v1.Schema$FirewallPolicy,
): FirewallPolicy {
  const name = type === 'hierarchy' ? (raw.shortName ?? raw.displayName ?? raw.name ?? '') : (raw.name ?? '');
  const region = raw.region ? raw.region.slice(raw.region.lastIndexOf('/') + 1) : null;
  const attachments = (raw.associations ?? [])
    .map((a) => a.attachmentTarget ?? '')
    .filter((a) => a !== '')
    .map((a) => (type === 'hierarchy' ? a : normalizeUrl(a)));
  const level = policyLevel({ type, name, region }, type === 'hierarchy' ? owner : undefined);
  const project = type === 'hierarchy' ? '' : owner;
  return {
    type,
    owner,
    name,
    region,
    attachments,
    rules: (raw.rules ?? []).map((r) => policyRule(project, r, level)),
  };
}
