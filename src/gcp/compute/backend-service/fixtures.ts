import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A global external backend service over two instance groups, with a health check and Cloud Armor. */
export const globalBackendService: compute_v1.Schema$BackendService = {
  kind: 'compute#backendService',
  id: '5200000000000000001',
  name: 'web-0-bs',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  backends: [
    {
      group: `${project}/zones/us-central1-a/instanceGroups/ig-a`,
      balancingMode: 'UTILIZATION',
      capacityScaler: 1,
    },
    {
      group: `${project}/zones/us-central1-b/instanceGroups/ig-b`,
      balancingMode: 'UTILIZATION',
      capacityScaler: 1,
    },
  ],
  healthChecks: [`${project}/global/healthChecks/web-0-hc`],
  timeoutSec: 30,
  port: 80,
  protocol: 'HTTP',
  portName: 'http',
  loadBalancingScheme: 'EXTERNAL_MANAGED',
  sessionAffinity: 'NONE',
  securityPolicy: `${project}/global/securityPolicies/web-0-armor`,
  enableCDN: false,
  fingerprint: 'kJ2yX0+3u9w=',
  selfLink: `${project}/global/backendServices/web-0-bs`,
};

/** A regional internal passthrough backend service (TCP, a network, no port name). */
export const regionalBackendService: compute_v1.Schema$BackendService = {
  kind: 'compute#backendService',
  id: '5200000000000000002',
  name: 'ilb-bs',
  creationTimestamp: '2024-03-02T10:00:00.000-08:00',
  region: `${project}/regions/us-central1`,
  backends: [{ group: `${project}/zones/us-central1-a/instanceGroups/ig-a`, balancingMode: 'CONNECTION' }],
  healthChecks: [`${project}/regions/us-central1/healthChecks/ilb-hc`],
  protocol: 'TCP',
  network: `${project}/global/networks/default`,
  loadBalancingScheme: 'INTERNAL',
  selfLink: `${project}/regions/us-central1/backendServices/ilb-bs`,
};
