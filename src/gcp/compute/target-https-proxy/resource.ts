import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertTargetHttpsProxy } from './convert.js';
import { getTargetHttpsProxy } from './get.js';
import { listTargetHttpsProxies } from './list.js';

/** Compute Engine target HTTPS proxies, global and regional (one aggregatedList holds both). */
export const targetHttpsProxyResource: ComputeResource<compute_v1.Schema$TargetHttpsProxy> = {
  kind: 'gcp.compute.targetHttpsProxy',
  plural: 'targetHttpsProxies',
  activityName: 'IngestTargetHttpsProxies',
  table: 'gcp_compute_target_https_proxies',
  columns: {
    url_map: 'text',
    ssl_certificates: 'text[]',
    ssl_policy: 'text',
    quic_override: 'text',
  },
  listColumns: ['url_map', 'ssl_certificates', 'ssl_policy'],
  list: listTargetHttpsProxies,
  get: getTargetHttpsProxy,
  convert: convertTargetHttpsProxy,
  identify: identifyBy('targetHttpsProxy'),
};
