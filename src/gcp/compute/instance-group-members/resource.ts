import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertInstanceGroupMembers, type InstanceGroupMembers } from './convert.js';
import { getGroupMembers, listGroupMembers } from './list.js';

/** Zonal instance groups' members (`instanceGroups.listInstances`): one row per group, its instance URLs. */
export const instanceGroupMembersResource: ComputeResource<InstanceGroupMembers> = {
  ...computeKind('instanceGroupMembers'),
  columns: { instance_group: 'text', instances: 'text[]', size: 'integer' },
  listColumns: ['size', 'instances'],
  list: listGroupMembers,
  get: (client, ctx, ref) => getGroupMembers(client, ctx, ref),
  convert: convertInstanceGroupMembers,
  identify: identifyBy('instance group member list'),
};
