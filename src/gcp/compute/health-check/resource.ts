import type { compute_v1 } from '@googleapis/compute';
import { noRetry } from '../collection.js';
import { globalAndRegionalCollection } from '../global-or-regional.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertHealthCheck } from './convert.js';

/** Compute Engine health checks, global and regional (one aggregatedList holds both). */
export const healthCheckResource: ComputeResource<compute_v1.Schema$HealthCheck> = {
  ...computeKind('healthChecks'),
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
  ...globalAndRegionalCollection<compute_v1.Schema$HealthCheck>({
    collection: 'healthChecks',
    itemKind: 'compute#healthCheck',
    listKind: 'compute#healthChecksAggregatedList',
    aggregatedList: (c, params) => c.healthChecks.aggregatedList(params, noRetry),
    get: (c, at) => c.healthChecks.get({ project: at.project, healthCheck: at.name }, noRetry),
    regionalGet: (c, at) =>
      c.regionHealthChecks.get({ project: at.project, region: at.location, healthCheck: at.name }, noRetry),
  }),
  convert: convertHealthCheck,
  identify: identifyBy('health check'),
};
