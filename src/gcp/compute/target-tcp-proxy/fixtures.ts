import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A global target TCP proxy in front of a backend service. */
export const targetTcpProxy: compute_v1.Schema$TargetTcpProxy = {
  kind: 'compute#targetTcpProxy',
  id: '5920000000000000001',
  name: 'tcp-proxy',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  service: `${project}/global/backendServices/tcp-bs`,
  proxyHeader: 'PROXY_V1',
  selfLink: `${project}/global/targetTcpProxies/tcp-proxy`,
};
