import type { compute_v1 } from '@googleapis/compute';
import { parseStored, type ProjectState, type StoredResource } from '../estate.js';
import { ingressRule } from './generate-firewall-policies.js';
import { replaceResource, type MutationChange } from '../project-edits.js';
import { derivePrng, type Prng } from '../prng.js';

type Instance = compute_v1.Schema$Instance;
type Policy = compute_v1.Schema$FirewallPolicy;

/** A project's generated secure tag key `role` and its values `web` and `db`, ids drawn from the seed. */
export function secureTagsOf(seed: number | string, project: string) {
  const prng = derivePrng(seed, 'secure-tags', project);
  const key = `tagKeys/${prng.uint64String()}`;
  return { key, web: `tagValues/${prng.uint64String()}`, db: `tagValues/${prng.uint64String()}` };
}

/** The secure tag values an instance holds: the values of its `params.resourceManagerTags` (key → value). */
export function boundTagValues(instance: Instance): string[] {
  return [...new Set(Object.values(instance.params?.resourceManagerTags ?? {}))];
}

function withTag(instance: Instance, key: string, value: string | undefined): Instance {
  const tags = { ...instance.params?.resourceManagerTags };
  if (value === undefined) delete tags[key];
  else tags[key] = value;
  return { ...instance, params: { ...instance.params, resourceManagerTags: tags } };
}

/**
 * Secure tags of a generated project: `role=web` bound to every second instance (by name) on its first network and
 * `role=db` to every fifth; the network policy allows tcp 8000 to `web` and the regional one denies tcp 22 to `db`
 * (and allows tcp 5432 from `web`, a source only instances match).
 */
export function generateSecureTags(seed: number | string, state: ProjectState): void {
  const network = state.collections.networks.all()[0];
  if (!network) return;
  const url = parseStored<compute_v1.Schema$Network>(network).selfLink;
  const tags = secureTagsOf(seed, state.id);
  state.secureTagNames.set(tags.web, `${state.id}/role/web`);
  state.secureTagNames.set(tags.db, `${state.id}/role/db`);
  const onNetwork = state.collections.instances
    .all()
    .filter((r) => parseStored<Instance>(r).networkInterfaces?.[0]?.network === url)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  onNetwork.forEach((r, i) => {
    const value = i % 5 === 0 ? tags.db : i % 2 === 0 ? tags.web : undefined;
    if (value) replaceResource(state, 'instances', r, withTag(parseStored<Instance>(r), tags.key, value));
  });
  const tagged = (rule: compute_v1.Schema$FirewallPolicyRule, target: string) => ({
    ...rule,
    targetSecureTags: [{ name: target, state: 'EFFECTIVE' }],
  });
  addRules(state, 'networkFirewallPolicies', [tagged(ingressRule(300, 'allow', 'tcp', ['8000']), tags.web)]);
  const fromWeb = ingressRule(310, 'allow', 'tcp', ['5432'], []);
  fromWeb.match = {
    ...fromWeb.match,
    srcIpRanges: undefined,
    srcSecureTags: [{ name: tags.web, state: 'EFFECTIVE' }],
  };
  addRules(state, 'regionNetworkFirewallPolicies', [
    tagged(ingressRule(300, 'deny', 'tcp', ['22']), tags.db),
    tagged(fromWeb, tags.db),
  ]);
}

function addRules(
  state: ProjectState,
  type: 'networkFirewallPolicies' | 'regionNetworkFirewallPolicies',
  rules: compute_v1.Schema$FirewallPolicyRule[],
): void {
  const stored = state.collections[type].all()[0];
  if (!stored) return;
  const policy = parseStored<Policy>(stored);
  policy.rules = [...(policy.rules ?? []), ...rules].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  policy.ruleTupleCount = policy.rules.length * 2;
  replaceResource(state, type, stored, policy);
}

/**
 * A seeded round's secure tag changes: `n` instances each gain the `web` or `db` value, or lose their binding
 * (Resource Manager bindings change without touching the instance's other fields).
 */
export function mutateSecureTags(
  seed: number | string,
  state: ProjectState,
  prng: Prng,
  n: number,
): MutationChange[] {
  const tags = secureTagsOf(seed, state.id);
  const changes: MutationChange[] = [];
  const pool: StoredResource[] = [...state.collections.instances.all()];
  for (let k = 0; k < n && pool.length; k++) {
    const target = pool.splice(prng.int(0, pool.length - 1), 1)[0]!;
    const instance = parseStored<Instance>(target);
    const now = instance.params?.resourceManagerTags?.[tags.key];
    const value = now === undefined ? prng.pick([tags.web, tags.db]) : undefined;
    state.secureTagNames.set(tags.web, `${state.id}/role/web`);
    state.secureTagNames.set(tags.db, `${state.id}/role/db`);
    replaceResource(state, 'instances', target, withTag(instance, tags.key, value));
    changes.push({
      op: 'update',
      project: state.id,
      type: 'instances',
      name: target.name,
      scope: target.scope,
    });
  }
  return changes;
}
