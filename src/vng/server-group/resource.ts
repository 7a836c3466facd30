import { vngKind } from '../kinds.js';
import type { VngServerGroup } from '../types.js';
import { distinct, vngResource } from '../vng-resource.js';

/** vServer server groups (`GET /v2/{projectId}/serverGroups`): placement policy and member servers. */
export const serverGroupResource = vngResource<VngServerGroup, VngServerGroup>({
  names: vngKind('vngServerGroups'),
  collection: 'serverGroups',
  idField: 'uuid',
  nameField: 'name',
  columns: {
    description: 'text',
    policy_id: 'text',
    policy_name: 'text',
    server_ids: { type: 'text[]', index: 'gin' },
  },
  listColumns: ['policy_name', 'server_ids'],
  row: (item) => ({
    description: item.description,
    policy_id: item.policyId,
    policy_name: item.policyName,
    server_ids: distinct((item.servers ?? []).map((s) => s.uuid)),
  }),
});
