import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertTargetHttpProxy } from './convert.js';
import { getTargetHttpProxy } from './get.js';
import { listTargetHttpProxies } from './list.js';

/** Compute Engine target HTTP proxies, global and regional (one aggregatedList holds both). */
export const targetHttpProxyResource: ComputeResource<compute_v1.Schema$TargetHttpProxy> = {
  kind: 'gcp.compute.targetHttpProxy',
  plural: 'targetHttpProxies',
  activityName: 'IngestTargetHttpProxies',
  table: 'gcp_compute_target_http_proxies',
  columns: {
    url_map: 'text',
  },
  listColumns: ['url_map'],
  list: listTargetHttpProxies,
  get: getTargetHttpProxy,
  convert: convertTargetHttpProxy,
  identify: identifyBy('targetHttpProxy'),
};
