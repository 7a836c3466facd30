import type { compute_v1 } from '@googleapis/compute';
import { noRetry } from '../collection.js';
import { globalAndRegionalCollection } from '../global-or-regional.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertTargetTcpProxy } from './convert.js';

/** Target TCP proxies, global and regional (one aggregatedList holds both): the front of proxy Network Load Balancers. */
export const targetTcpProxyResource: ComputeResource<compute_v1.Schema$TargetTcpProxy> = {
  ...computeKind('targetTcpProxies'),
  columns: {
    service: 'text',
    proxy_header: 'text',
    proxy_bind: 'boolean',
  },
  listColumns: ['service', 'proxy_header'],
  ...globalAndRegionalCollection<compute_v1.Schema$TargetTcpProxy>({
    collection: 'targetTcpProxies',
    itemKind: 'compute#targetTcpProxy',
    aggregatedList: (c, params) => c.targetTcpProxies.aggregatedList(params, noRetry),
    get: (c, at) => c.targetTcpProxies.get({ project: at.project, targetTcpProxy: at.name }, noRetry),
    regionalGet: (c, at) =>
      c.regionTargetTcpProxies.get(
        { project: at.project, region: at.location, targetTcpProxy: at.name },
        noRetry,
      ),
  }),
  convert: convertTargetTcpProxy,
  identify: identifyBy('target TCP proxy'),
};
