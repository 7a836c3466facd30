import { sql, type Kysely } from 'kysely';
import type { compute_v1 } from '@googleapis/compute';
import { firewallPolicy, type FirewallPolicy, type PolicyType } from './firewall-policy.js';
import { from, rows, type EstateScope } from './estate-sql.js';
import type { EnforcementOrder, PolicyEstate } from './policy-order.js';
import { normalizeUrl } from './urls.js';

/** How far up a folder chain is followed (Google allows 10 levels of folders). */
const MAX_DEPTH = 12;

/**
 * The resource hierarchy above each discovered project, from the organization down, as the latest discovery at
 * the scope's time recorded it (a project's parent, each folder's parent).
 */
async function loadAncestry(db: Kysely<unknown>, scope: EstateScope): Promise<Map<string, string[]>> {
  const at = scope.asOf === undefined ? sql`true` : sql`discovered_at <= ${scope.asOf}`;
  const [projects, folders] = await Promise.all([
    rows(
      db,
      sql<{ id: string; parent: string }>`select distinct on (project_id) project_id as id, parent
        from gcp_discovered_projects where parent is not null and ${at} order by project_id, discovered_at desc`,
    ),
    rows(
      db,
      sql<{ id: string; parent: string }>`select distinct on (folder) folder as id, parent
        from gcp_discovered_folders where ${at} order by folder, discovered_at desc`,
    ),
  ]);
  const folderParent = new Map(folders.map((f) => [f.id, f.parent]));
  const ancestry = new Map<string, string[]>();
  for (const { id, parent } of projects) {
    const chain: string[] = [];
    for (
      let node: string | undefined = parent;
      node && chain.length < MAX_DEPTH;
      node = folderParent.get(node)
    ) {
      chain.unshift(node);
      if (!node.startsWith('folders/')) break;
    }
    ancestry.set(id, chain);
  }
  return ancestry;
}

const POLICY_KINDS = [
  ['firewallPolicies', 'hierarchy'],
  ['networkFirewallPolicies', 'network'],
  ['regionNetworkFirewallPolicies', 'regional'],
] as const;

/**
 * Every firewall policy (hierarchical ones of any node, network ones of any project: a Shared VPC's policies
 * live in its host project), networks' enforcement orders and the hierarchy, as of the scope's time.
 */
export async function loadPolicies(
  db: Kysely<unknown>,
  scope: EstateScope,
): Promise<Omit<PolicyEstate, 'firewalls'>> {
  const all = { ...scope, project: undefined };
  const [ancestry, orders, ...lists] = await Promise.all([
    loadAncestry(db, scope),
    rows(
      db,
      sql<{ url: string; order: string }>`select raw->>'selfLink' as url,
        raw->>'networkFirewallPolicyEnforcementOrder' as order ${from('networks', all, false)}
        and raw ? 'networkFirewallPolicyEnforcementOrder'`,
    ),
    ...POLICY_KINDS.map(([plural]) =>
      rows(
        db,
        sql<{
          owner: string;
          raw: compute_v1.Schema$FirewallPolicy;
        }>`select scope as owner, raw ${from(plural, all, false)}`,
      ),
    ),
  ]);
  const policies: FirewallPolicy[] = POLICY_KINDS.flatMap(([, type], i) =>
    (lists[i] ?? []).map((r) => firewallPolicy(type as PolicyType, r.owner, r.raw)),
  );
  return {
    policies,
    ancestry,
    enforcementOrder: new Map(orders.map((o) => [normalizeUrl(o.url), o.order as EnforcementOrder])),
  };
}
