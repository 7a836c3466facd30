import type { compute_v1 } from '@googleapis/compute';
import { parseStored, type Estate, type ProjectState } from '../estate.js';
import { notFound } from '../google-errors.js';
import type { GoogleApiError } from '../google-errors.js';
import { regionOfZone } from './urls.js';

type Policy = compute_v1.Schema$FirewallPolicy;
type Rule = compute_v1.Schema$FirewallPolicyRule;
type Firewall = compute_v1.Schema$Firewall;
type Effective = compute_v1.Schema$InstancesGetEffectiveFirewallsResponseEffectiveFirewallPolicy;

/** `…/projects/p/global/networks/n` → `projects/p/global/networks/n` (full and partial URLs compare equal). */
const rel = (url: string | null | undefined) =>
  (url ?? '').slice(Math.max(0, (url ?? '').indexOf('projects/')));

/** The organization and folders above a project, from the organization down. */
function ancestors(estate: Estate, project: string): string[] {
  const chain: string[] = [];
  let parent = estate.hierarchy.project(project)?.parent;
  while (parent && chain.length < 12) {
    chain.unshift(parent);
    if (!parent.startsWith('folders/')) break;
    parent = estate.hierarchy.folders.get(parent.slice('folders/'.length))?.parent;
  }
  return chain;
}

/** What an instance brings to targeting; null for a network's listing (every rule counts). */
interface Target {
  serviceAccounts: string[];
  secureTags: string[];
  tags: string[];
}

function policyRuleTargets(rule: Rule, network: string, target: Target | null): boolean {
  if (
    (rule.targetResources ?? []).length > 0 &&
    !(rule.targetResources ?? []).some((r) => rel(r) === network)
  )
    return false;
  if (!target) return true;
  if ((rule.targetServiceAccounts ?? []).length > 0)
    return (rule.targetServiceAccounts ?? []).some((a) => target.serviceAccounts.includes(a));
  const tags = (rule.targetSecureTags ?? []).filter((t) => t.state !== 'INEFFECTIVE').map((t) => t.name);
  if ((rule.targetSecureTags ?? []).length > 0) return tags.some((t) => t && target.secureTags.includes(t));
  return true;
}

function firewallTargets(rule: Firewall, target: Target | null): boolean {
  if (!target) return true;
  if ((rule.targetTags ?? []).length > 0) return (rule.targetTags ?? []).some((t) => target.tags.includes(t));
  if ((rule.targetServiceAccounts ?? []).length > 0)
    return (rule.targetServiceAccounts ?? []).some((a) => target.serviceAccounts.includes(a));
  return true;
}

function effective(policy: Policy, type: string, network: string, target: Target | null): Effective {
  return {
    name: policy.name ?? null,
    ...(policy.shortName && { shortName: policy.shortName, displayName: policy.shortName }),
    type,
    rules: (policy.rules ?? []).filter((r) => policyRuleTargets(r, network, target)),
  };
}

const attachedTo = (policy: Policy, target: string) =>
  (policy.associations ?? []).some(
    (a) => (a.attachmentTarget?.includes('/') ? rel(a.attachmentTarget) : a.attachmentTarget) === target,
  );

/**
 * Google's effective firewalls of a network (and, with `target` and `region`, of one instance interface), computed
 * from the estate: the VPC firewall rules of the network, and the hierarchical policies associated with the
 * network's project's ancestors (organization first), its global network policy and, for an instance, the regional
 * policy of its region; for an instance only the rules that target it (service accounts, secure tags, tags).
 */
export function effectiveFirewalls(
  estate: Estate,
  networkUrl: string,
  target: Target | null,
  region: string | null,
): compute_v1.Schema$InstancesGetEffectiveFirewallsResponse {
  const network = rel(networkUrl);
  const project = network.split('/')[1] ?? '';
  const host = estate.project(project);
  const all = <T>(
    state: ProjectState | undefined,
    type: 'firewalls' | 'networkFirewallPolicies' | 'regionNetworkFirewallPolicies' | 'firewallPolicies',
  ) => (state?.collections[type].all() ?? []).map((r) => parseStored<T>(r));
  const firewalls = all<Firewall>(host, 'firewalls').filter(
    (f) => rel(f.network) === network && firewallTargets(f, target),
  );
  const policies: Effective[] = [];
  for (const node of ancestors(estate, project))
    for (const p of estate.nodeIds().flatMap((n) => all<Policy>(estate.node(n), 'firewallPolicies')))
      if (attachedTo(p, node)) policies.push(effective(p, 'HIERARCHY', network, target));
  for (const p of all<Policy>(host, 'networkFirewallPolicies'))
    if (attachedTo(p, network)) policies.push(effective(p, 'NETWORK', network, target));
  if (region !== null)
    for (const p of all<Policy>(host, 'regionNetworkFirewallPolicies'))
      if (attachedTo(p, network) && (p.region ?? '').endsWith(`/regions/${region}`))
        policies.push(effective(p, 'NETWORK_REGIONAL', network, target));
  return { firewalls, firewallPolicys: policies };
}

/** `instances.getEffectiveFirewalls` of one instance's `networkInterface` (nic0 by default). */
export function instanceEffectiveFirewalls(
  estate: Estate,
  project: string,
  zone: string,
  name: string,
  nicName: string,
): compute_v1.Schema$InstancesGetEffectiveFirewallsResponse | GoogleApiError {
  const stored = estate.project(project)?.collections.instances.get(`zones/${zone}`, name);
  if (!stored) return notFound(`projects/${project}/zones/${zone}/instances/${name}`);
  const instance = parseStored<compute_v1.Schema$Instance>(stored);
  const nic = (instance.networkInterfaces ?? []).find((n, i) => (n.name ?? `nic${i}`) === nicName);
  if (!nic)
    return notFound(`projects/${project}/zones/${zone}/instances/${name}/networkInterfaces/${nicName}`);
  const tags = Object.values(instance.params?.resourceManagerTags ?? {});
  const target = {
    serviceAccounts: (instance.serviceAccounts ?? []).map((s) => s.email ?? ''),
    secureTags: tags,
    tags: instance.tags?.items ?? [],
  };
  return effectiveFirewalls(estate, nic.network ?? '', target, regionOfZone(zone));
}
