import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertInstanceGroup } from './convert.js';

/** Instance groups (managed and unmanaged), zonal and regional: one aggregatedList returns both. */
export const instanceGroupResource: ComputeResource<compute_v1.Schema$InstanceGroup> = {
  ...computeKind('instanceGroups'),
  columns: { network: 'text', subnetwork: 'text', size: 'integer', named_ports: 'text[]' },
  listColumns: ['network', 'size', 'named_ports'],
  ...scopedCollection<compute_v1.Schema$InstanceGroup>({
    collection: 'instanceGroups',
    itemKind: 'compute#instanceGroup',
    scope: 'zones',
    aggregatedList: (c, params) => c.instanceGroups.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.instanceGroups.get({ project: at.project, zone: at.location, instanceGroup: at.name }, noRetry),
    regionalGet: (c, at) =>
      c.regionInstanceGroups.get(
        { project: at.project, region: at.location, instanceGroup: at.name },
        noRetry,
      ),
  }),
  convert: convertInstanceGroup,
  identify: identifyBy('instance group'),
};
