import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A global HTTP health check on /healthz. */
export const httpHealthCheck: compute_v1.Schema$HealthCheck = {
  kind: 'compute#healthCheck',
  id: '5400000000000000001',
  name: 'web-hc',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  checkIntervalSec: 5,
  timeoutSec: 5,
  healthyThreshold: 2,
  unhealthyThreshold: 3,
  type: 'HTTP',
  httpHealthCheck: { port: 80, requestPath: '/healthz', proxyHeader: 'NONE' },
  selfLink: `${project}/global/healthChecks/web-hc`,
};

/** A regional TCP health check on port 443. */
export const tcpHealthCheck: compute_v1.Schema$HealthCheck = {
  kind: 'compute#healthCheck',
  id: '5400000000000000002',
  name: 'ilb-hc',
  creationTimestamp: '2024-03-02T10:00:00.000-08:00',
  region: `${project}/regions/us-east1`,
  checkIntervalSec: 10,
  timeoutSec: 5,
  healthyThreshold: 2,
  unhealthyThreshold: 2,
  type: 'TCP',
  tcpHealthCheck: { port: 443 },
  selfLink: `${project}/regions/us-east1/healthChecks/ilb-hc`,
};
