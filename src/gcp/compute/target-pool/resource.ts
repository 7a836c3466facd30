import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertTargetPool } from './convert.js';

/** Compute Engine target pools (regional; the backends of external passthrough network load balancers). */
export const targetPoolResource: ComputeResource<compute_v1.Schema$TargetPool> = {
  ...computeKind('targetPools'),
  columns: {
    instances: 'text[]',
    health_checks: 'text[]',
    session_affinity: 'text',
    backup_pool: 'text',
  },
  listColumns: ['instances', 'session_affinity'],
  ...scopedCollection<compute_v1.Schema$TargetPool>({
    collection: 'targetPools',
    itemKind: 'compute#targetPool',
    scope: 'regions',
    aggregatedList: (c, params) => c.targetPools.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.targetPools.get({ project: at.project, region: at.location, targetPool: at.name }, noRetry),
  }),
  convert: convertTargetPool,
  identify: identifyBy('target pool'),
};
