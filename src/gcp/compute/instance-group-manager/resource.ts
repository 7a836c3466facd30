import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertInstanceGroupManager } from './convert.js';

/** Managed instance groups, zonal and regional (one aggregatedList returns both). */
export const instanceGroupManagerResource: ComputeResource<compute_v1.Schema$InstanceGroupManager> = {
  ...computeKind('instanceGroupManagers'),
  columns: {
    base_instance_name: 'text',
    instance_template: 'text',
    instance_group: 'text',
    target_size: 'integer',
    is_stable: 'boolean',
    target_pools: 'text[]',
  },
  listColumns: ['instance_template', 'target_size', 'is_stable'],
  ...scopedCollection<compute_v1.Schema$InstanceGroupManager>({
    collection: 'instanceGroupManagers',
    itemKind: 'compute#instanceGroupManager',
    scope: 'zones',
    aggregatedList: (c, params) => c.instanceGroupManagers.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.instanceGroupManagers.get(
        { project: at.project, zone: at.location, instanceGroupManager: at.name },
        noRetry,
      ),
    regionalGet: (c, at) =>
      c.regionInstanceGroupManagers.get(
        { project: at.project, region: at.location, instanceGroupManager: at.name },
        noRetry,
      ),
  }),
  convert: convertInstanceGroupManager,
  identify: identifyBy('instance group manager'),
};
