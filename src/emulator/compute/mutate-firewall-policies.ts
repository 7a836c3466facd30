import type { compute_v1 } from '@googleapis/compute';
import { parseStored, type ProjectState, type StoredResource } from '../estate.js';
import { ingressRule } from './generate-firewall-policies.js';
import { replaceResource, type MutationChange } from '../project-edits.js';
import type { Prng } from '../prng.js';

type Policy = compute_v1.Schema$FirewallPolicy;
type Rule = compute_v1.Schema$FirewallPolicyRule;

/** The firewall policy kinds seeded rounds mutate: network ones in projects, hierarchical ones in nodes. */
export const policyMutableTypes = [
  'networkFirewallPolicies',
  'regionNetworkFirewallPolicies',
  'firewallPolicies',
] as const;

/** One of the firewall policy kinds seeded rounds mutate. */
export type PolicyMutableType = (typeof policyMutableTypes)[number];

/** True for the firewall policy kinds. */
export function isPolicyMutable(type: string): type is PolicyMutableType {
  return (policyMutableTypes as readonly string[]).includes(type);
}

/** What one seeded step knows. */
export interface PolicyStep {
  prng: Prng;
  round: number;
  k: number;
}

/** Google's default rules (2147483644–2147483647) are never changed by a round. */
const isDefault = (r: Rule) => (r.priority ?? 0) >= 2147483644;

/**
 * One seeded action on a firewall policy of a project (network, regional) or a node (hierarchical). An update
 * adds a rule, removes one, moves one to another priority, flips one's `disabled`, or attaches/detaches the
 * policy (to its own node, or to a network of its project, when that target has no policy of the kind: Google
 * allows one per node, network, or network and region). A create clones the target unattached under a new name;
 * a delete or recreate of an attached policy detaches it instead (Google refuses to delete a policy in use).
 */
export function mutatePolicy(
  state: ProjectState,
  type: PolicyMutableType,
  action: 'create' | 'update' | 'delete' | 'recreate',
  target: StoredResource | undefined,
  step: PolicyStep,
): MutationChange[] {
  if (!target) return [];
  const change = (op: MutationChange['op'], name = target.name): MutationChange[] => [
    { op, project: state.id, type, name, scope: target.scope },
  ];
  const policy = parseStored<Policy>(target);
  const attached = (policy.associations ?? []).length > 0;
  if (action === 'create') {
    const clone = cloneOf(policy, type, step);
    state.putObject(type, clone);
    return change('create', clone.name!);
  }
  if (action === 'delete' && !attached) {
    state.collections[type].remove(target.scope, target.name);
    return change('delete');
  }
  if (action === 'recreate' && !attached) {
    state.collections[type].remove(target.scope, target.name);
    const id = step.prng.uint64String();
    const renamed = type === 'firewallPolicies' ? withId(policy, id) : { ...policy, id };
    state.putObject(type, renamed);
    return change(type === 'firewallPolicies' ? 'create' : 'recreate', renamed.name!).concat(
      type === 'firewallPolicies' ? change('delete') : [],
    );
  }
  const variant = action === 'update' ? step.prng.int(0, 4) : 4;
  editPolicy(state, type, policy, variant, step);
  policy.fingerprint = step.prng.base64();
  policy.ruleTupleCount = (policy.rules ?? []).length * 2;
  replaceResource(state, type, target, policy);
  return change('update');
}

/** A hierarchical policy's name is its id: a new id is a new policy (its selfLinks follow). */
function withId(policy: Policy, id: string): Policy {
  const link = (url: string | null | undefined) => url?.replace(/[^/]+$/, id);
  return {
    ...policy,
    id,
    name: id,
    selfLink: link(policy.selfLink),
    selfLinkWithId: link(policy.selfLinkWithId),
    associations: (policy.associations ?? []).map((a) => ({ ...a, firewallPolicyId: id })),
  };
}

function cloneOf(policy: Policy, type: PolicyMutableType, { prng, round, k }: PolicyStep): Policy {
  const id = prng.uint64String();
  const suffix = `r${round}-${k}`;
  if (type === 'firewallPolicies') {
    const shortName = `${policy.shortName ?? 'policy'}-${suffix}`;
    return { ...withId(policy, id), shortName, displayName: shortName, associations: [] };
  }
  const name = `${policy.name ?? 'policy'}-${suffix}`;
  return {
    ...policy,
    id,
    name,
    selfLink: policy.selfLink?.replace(/[^/]+$/, name),
    associations: [],
    fingerprint: prng.base64(),
  };
}

function editPolicy(
  state: ProjectState,
  type: PolicyMutableType,
  policy: Policy,
  variant: number,
  { prng }: PolicyStep,
): void {
  const rules = policy.rules ?? [];
  const own = rules.filter((r) => !isDefault(r));
  const used = new Set(rules.map((r) => r.priority));
  const freePriority = () => {
    let p = prng.int(1, 9999);
    while (used.has(p)) p++;
    return p;
  };
  if (variant === 4) return toggleAssociation(state, type, policy);
  const rule = own.length ? prng.pick(own) : undefined;
  if (variant === 0 || !rule) {
    const port = String(prng.pick([22, 80, 443, 3389, 5432, 8080, 8443]));
    const action = prng.pick(['allow', 'deny', 'goto_next']);
    const added = ingressRule(freePriority(), action, 'tcp', [port]);
    policy.rules = [...rules, added].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  } else if (variant === 1) {
    policy.rules = rules.filter((r) => r !== rule);
  } else if (variant === 2) {
    rule.priority = freePriority();
    policy.rules = [...rules].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  } else {
    rule.disabled = !rule.disabled;
  }
}

/** Detaches an attached policy; attaches a detached one where no policy of its kind is attached yet. */
function toggleAssociation(state: ProjectState, type: PolicyMutableType, policy: Policy): void {
  if ((policy.associations ?? []).length > 0) {
    policy.associations = [];
    return;
  }
  const taken = new Set(
    state.collections[type]
      .all()
      .filter(
        (p) => type !== 'regionNetworkFirewallPolicies' || parseStored<Policy>(p).region === policy.region,
      )
      .flatMap((p) => (parseStored<Policy>(p).associations ?? []).map((a) => a.attachmentTarget)),
  );
  const targets =
    type === 'firewallPolicies'
      ? [policy.parent ?? '']
      : state.collections.networks.all().map((n) => parseStored<compute_v1.Schema$Network>(n).selfLink ?? '');
  const free = targets.find((t) => t !== '' && !taken.has(t));
  if (free === undefined) return;
  const name =
    type === 'firewallPolicies' ? `${policy.shortName ?? ''}-association` : `${lastName(free)}-association`;
  policy.associations = [
    {
      name,
      attachmentTarget: free,
      ...(type === 'firewallPolicies' && { firewallPolicyId: policy.id, shortName: policy.shortName }),
    },
  ];
}

function lastName(url: string): string {
  return url.slice(url.lastIndexOf('/') + 1);
}
