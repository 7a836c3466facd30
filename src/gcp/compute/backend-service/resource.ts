import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertBackendService } from './convert.js';
import { getBackendService } from './get.js';
import { listBackendServices } from './list.js';

/** Compute Engine backend services, global and regional (one aggregatedList holds both). */
export const backendServiceResource: ComputeResource<compute_v1.Schema$BackendService> = {
  kind: 'gcp.compute.backendService',
  plural: 'backendServices',
  activityName: 'IngestBackendServices',
  table: 'gcp_compute_backend_services',
  columns: {
    load_balancing_scheme: 'text',
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
  list: listBackendServices,
  get: getBackendService,
  convert: convertBackendService,
  identify: identifyBy('backendService'),
};
