import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertTargetPool } from './convert.js';
import { getTargetPool } from './get.js';
import { listTargetPools } from './list.js';

/** Compute Engine target pools (regional; the backends of external passthrough network load balancers). */
export const targetPoolResource: ComputeResource<compute_v1.Schema$TargetPool> = {
  kind: 'gcp.compute.targetPool',
  plural: 'targetPools',
  activityName: 'IngestTargetPools',
  table: 'gcp_compute_target_pools',
  columns: {
    instances: 'text[]',
    health_checks: 'text[]',
    session_affinity: 'text',
    backup_pool: 'text',
  },
  listColumns: ['instances', 'session_affinity'],
  list: listTargetPools,
  get: getTargetPool,
  convert: convertTargetPool,
  identify: identifyBy('targetPool'),
};
