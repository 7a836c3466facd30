import type { compute_v1 } from '@googleapis/compute';
import { noRetry } from '../collection.js';
import { globalAndRegionalCollection } from '../global-or-regional.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertTargetHttpsProxy } from './convert.js';

/** Compute Engine target HTTPS proxies, global and regional (one aggregatedList holds both). */
export const targetHttpsProxyResource: ComputeResource<compute_v1.Schema$TargetHttpsProxy> = {
  ...computeKind('targetHttpsProxies'),
  columns: {
    url_map: 'text',
    ssl_certificates: 'text[]',
    ssl_policy: 'text',
    quic_override: 'text',
  },
  listColumns: ['url_map', 'ssl_certificates', 'ssl_policy'],
  ...globalAndRegionalCollection<compute_v1.Schema$TargetHttpsProxy>({
    collection: 'targetHttpsProxies',
    itemKind: 'compute#targetHttpsProxy',
    aggregatedList: (c, params) => c.targetHttpsProxies.aggregatedList(params, noRetry),
    get: (c, at) => c.targetHttpsProxies.get({ project: at.project, targetHttpsProxy: at.name }, noRetry),
    regionalGet: (c, at) =>
      c.regionTargetHttpsProxies.get(
        { project: at.project, region: at.location, targetHttpsProxy: at.name },
        noRetry,
      ),
  }),
  convert: convertTargetHttpsProxy,
  identify: identifyBy('target HTTPS proxy'),
};
