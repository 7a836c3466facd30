import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertSslPolicy } from './convert.js';
import { getSslPolicy } from './get.js';
import { listSslPolicies } from './list.js';

/** Compute Engine SSL policies, global and regional (one aggregatedList holds both). */
export const sslPolicyResource: ComputeResource<compute_v1.Schema$SslPolicy> = {
  kind: 'gcp.compute.sslPolicy',
  plural: 'sslPolicies',
  activityName: 'IngestSslPolicies',
  table: 'gcp_compute_ssl_policies',
  columns: {
    profile: 'text',
    min_tls_version: 'text',
    enabled_features: 'text[]',
    custom_features: 'text[]',
  },
  listColumns: ['profile', 'min_tls_version'],
  list: listSslPolicies,
  get: getSslPolicy,
  convert: convertSslPolicy,
  identify: identifyBy('sslPolicy'),
};
