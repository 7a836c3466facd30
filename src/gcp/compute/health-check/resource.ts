import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertHealthCheck } from './convert.js';
import { getHealthCheck } from './get.js';
import { listHealthChecks } from './list.js';

/** Compute Engine health checks, global and regional (one aggregatedList holds both). */
export const healthCheckResource: ComputeResource<compute_v1.Schema$HealthCheck> = {
  kind: 'gcp.compute.healthCheck',
  plural: 'healthChecks',
  activityName: 'IngestHealthChecks',
  table: 'gcp_compute_health_checks',
  columns: {
    type: 'text',
    port: 'integer',
    request_path: 'text',
    check_interval_sec: 'integer',
    timeout_sec: 'integer',
    healthy_threshold: 'integer',
    unhealthy_threshold: 'integer',
  },
  listColumns: ['type', 'port', 'request_path'],
  list: listHealthChecks,
  get: getHealthCheck,
  convert: convertHealthCheck,
  identify: identifyBy('healthCheck'),
};
