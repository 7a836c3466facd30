import { vngKind } from '../kinds.js';
import { arrayOfObjects, dataOf, vngId, type VngContext } from '../paging.js';
import { parseVngScope } from '../scope.js';
import type { VngSecgroup, VngSecgroupListed, VngSecgroupRule } from '../types.js';
import type { VngClient } from '../vng-client.js';
import { getOne, vngResource } from '../vng-resource.js';

/** A group with its rules (`GET /v2/{projectId}/secgroups/{id}/secGroupRules`, under `data`) under `rules`. */
async function withRules(group: VngSecgroupListed, client: VngClient, ctx: VngContext): Promise<VngSecgroup> {
  const { projectId, region } = parseVngScope(ctx.scope);
  const id = vngId('vng.secgroup', group, 'id');
  const path = `/v2/${encodeURIComponent(projectId)}/secgroups/${encodeURIComponent(id)}/secGroupRules`;
  const rules = await ctx.api.get(client, region, path, {}, (b) =>
    arrayOfObjects<VngSecgroupRule>((b as { data?: unknown } | null)?.data, 'data'),
  );
  return { ...group, rules };
}

/**
 * vServer security groups, each stored with its rules: a rule has no life outside its group (the API lists rules
 * only per group), and exposure reads a group's whole allow-list at once, so a rule change is a new group version.
 */
export const secgroupResource = vngResource<VngSecgroupListed, VngSecgroup>({
  names: vngKind('vngSecgroups'),
  collection: 'secgroups',
  idField: 'id',
  nameField: 'name',
  columns: {
    description: 'text',
    status: 'text',
    system: 'boolean',
    rule_count: 'integer',
    ingress_rule_count: 'integer',
  },
  listColumns: ['status', 'system', 'rule_count', 'ingress_rule_count'],
  row: (item) => ({
    description: item.description,
    status: item.status,
    system: item.system,
    rule_count: item.rules.length,
    ingress_rule_count: item.rules.filter((r) => r.direction?.toLowerCase() === 'ingress').length,
  }),
  each: withRules,
  get: async (client, ctx, ref) => {
    const group = await getOne(client, ctx, `secgroups/${encodeURIComponent(ref.id)}`, (b) =>
      dataOf<VngSecgroupListed>(b),
    );
    return group === 'gone' ? 'gone' : withRules(group, client, ctx);
  },
});
