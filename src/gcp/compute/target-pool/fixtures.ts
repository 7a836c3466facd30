import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A target pool of two instances with a legacy HTTP health check. */
export const targetPool: compute_v1.Schema$TargetPool = {
  kind: 'compute#targetPool',
  id: '5300000000000000001',
  name: 'nlb-pool',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  region: `${project}/regions/europe-west1`,
  instances: [
    `${project}/zones/europe-west1-b/instances/web-1`,
    `${project}/zones/europe-west1-c/instances/web-2`,
  ],
  healthChecks: [`${project}/global/httpHealthChecks/basic-check`],
  sessionAffinity: 'CLIENT_IP',
  selfLink: `${project}/regions/europe-west1/targetPools/nlb-pool`,
};
