import type { compute_v1 } from '@googleapis/compute';
import { globalCollection, noRetry } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertTargetSslProxy } from './convert.js';

/** Target SSL proxies (global): the front of external proxy Network Load Balancers that terminate TLS. */
export const targetSslProxyResource: ComputeResource<compute_v1.Schema$TargetSslProxy> = {
  ...computeKind('targetSslProxies'),
  columns: {
    service: 'text',
    ssl_certificates: 'text[]',
    ssl_policy: 'text',
    certificate_map: 'text',
    proxy_header: 'text',
  },
  listColumns: ['service', 'ssl_certificates', 'ssl_policy'],
  ...globalCollection<compute_v1.Schema$TargetSslProxy>({
    collection: 'targetSslProxies',
    itemKind: 'compute#targetSslProxy',
    list: (c, params) => c.targetSslProxies.list(params, noRetry),
    get: (c, at) => c.targetSslProxies.get({ project: at.project, targetSslProxy: at.name }, noRetry),
  }),
  convert: convertTargetSslProxy,
  identify: identifyBy('target SSL proxy'),
};
