import type { compute_v1 } from '@googleapis/compute';
import { noRetry } from '../collection.js';
import { globalAndRegionalCollection } from '../global-or-regional.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertTargetHttpProxy } from './convert.js';

/** Compute Engine target HTTP proxies, global and regional (one aggregatedList holds both). */
export const targetHttpProxyResource: ComputeResource<compute_v1.Schema$TargetHttpProxy> = {
  ...computeKind('targetHttpProxies'),
  columns: {
    url_map: 'text',
  },
  listColumns: ['url_map'],
  ...globalAndRegionalCollection<compute_v1.Schema$TargetHttpProxy>({
    collection: 'targetHttpProxies',
    itemKind: 'compute#targetHttpProxy',
    aggregatedList: (c, params) => c.targetHttpProxies.aggregatedList(params, noRetry),
    get: (c, at) => c.targetHttpProxies.get({ project: at.project, targetHttpProxy: at.name }, noRetry),
    regionalGet: (c, at) =>
      c.regionTargetHttpProxies.get(
        { project: at.project, region: at.location, targetHttpProxy: at.name },
        noRetry,
      ),
  }),
  convert: convertTargetHttpProxy,
  identify: identifyBy('target HTTP proxy'),
};
