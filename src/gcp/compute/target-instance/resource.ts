import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertTargetInstance } from './convert.js';

/** Target instances (zonal): one VM that protocol forwarding rules send their traffic to. */
export const targetInstanceResource: ComputeResource<compute_v1.Schema$TargetInstance> = {
  ...computeKind('targetInstances'),
  columns: {
    instance: 'text',
    network: 'text',
    nat_policy: 'text',
    security_policy: 'text',
  },
  listColumns: ['instance', 'nat_policy'],
  ...scopedCollection<compute_v1.Schema$TargetInstance>({
    collection: 'targetInstances',
    itemKind: 'compute#targetInstance',
    scope: 'zones',
    aggregatedList: (c, params) => c.targetInstances.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.targetInstances.get({ project: at.project, zone: at.location, targetInstance: at.name }, noRetry),
  }),
  convert: convertTargetInstance,
  identify: identifyBy('target instance'),
};
