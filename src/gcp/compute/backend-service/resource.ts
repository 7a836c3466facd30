import type { compute_v1 } from '@googleapis/compute';
import { noRetry } from '../collection.js';
import { globalAndRegionalCollection } from '../global-or-regional.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertBackendService } from './convert.js';

/** Compute Engine backend services, global and regional (one aggregatedList holds both). */
export const backendServiceResource: ComputeResource<compute_v1.Schema$BackendService> = {
  ...computeKind('backendServices'),
  columns: {
    load_balancing_scheme: { type: 'text', index: 'btree' },
    protocol: 'text',
    port_name: 'text',
    backend_groups: 'text[]',
    health_checks: 'text[]',
    security_policy: 'text',
    network: 'text',
    session_affinity: 'text',
    enable_cdn: 'boolean',
    timeout_sec: 'integer',
  },
  listColumns: ['load_balancing_scheme', 'protocol', 'backend_groups', 'health_checks'],
  ...globalAndRegionalCollection<compute_v1.Schema$BackendService>({
    collection: 'backendServices',
    itemKind: 'compute#backendService',
    aggregatedList: (c, params) => c.backendServices.aggregatedList(params, noRetry),
    get: (c, at) => c.backendServices.get({ project: at.project, backendService: at.name }, noRetry),
    regionalGet: (c, at) =>
      c.regionBackendServices.get(
        { project: at.project, region: at.location, backendService: at.name },
        noRetry,
      ),
  }),
  convert: convertBackendService,
  identify: identifyBy('backend service'),
};
