import type { compute_v1 } from '@googleapis/compute';
import { noRetry } from '../collection.js';
import { globalAndRegionalCollection } from '../global-or-regional.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertSslPolicy } from './convert.js';

/** Compute Engine SSL policies, global and regional (one aggregatedList holds both). */
export const sslPolicyResource: ComputeResource<compute_v1.Schema$SslPolicy> = {
  ...computeKind('sslPolicies'),
  columns: {
    profile: 'text',
    min_tls_version: 'text',
    enabled_features: 'text[]',
    custom_features: 'text[]',
  },
  listColumns: ['profile', 'min_tls_version'],
  ...globalAndRegionalCollection<compute_v1.Schema$SslPolicy>({
    collection: 'sslPolicies',
    itemKind: 'compute#sslPolicy',
    aggregatedList: (c, params) => c.sslPolicies.aggregatedList(params, noRetry),
    get: (c, at) => c.sslPolicies.get({ project: at.project, sslPolicy: at.name }, noRetry),
    regionalGet: (c, at) =>
      c.regionSslPolicies.get({ project: at.project, region: at.location, sslPolicy: at.name }, noRetry),
  }),
  convert: convertSslPolicy,
  identify: identifyBy('SSL policy'),
};
