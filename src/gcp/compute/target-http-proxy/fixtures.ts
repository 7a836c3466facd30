import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A regional target HTTP proxy of an internal application load balancer. */
export const targetHttpProxy: compute_v1.Schema$TargetHttpProxy = {
  kind: 'compute#targetHttpProxy',
  id: '5600000000000000001',
  name: 'ialb-proxy',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  region: `${project}/regions/asia-east1`,
  urlMap: `${project}/regions/asia-east1/urlMaps/ialb-map`,
  fingerprint: 'qQ9D3ngIVsw=',
  selfLink: `${project}/regions/asia-east1/targetHttpProxies/ialb-proxy`,
};
