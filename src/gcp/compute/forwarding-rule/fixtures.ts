import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A regional internal passthrough forwarding rule (ports list, backend service, network and subnetwork). */
export const internalForwardingRule: compute_v1.Schema$ForwardingRule = {
  kind: 'compute#forwardingRule',
  id: '5100000000000000001',
  name: 'ilb-us-central1-0',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  region: `${project}/regions/us-central1`,
  IPAddress: '10.0.0.12',
  IPProtocol: 'TCP',
  ports: ['443', '8443'],
  loadBalancingScheme: 'INTERNAL',
  backendService: `${project}/regions/us-central1/backendServices/ilb-us-central1-0-bs`,
  network: `${project}/global/networks/default`,
  subnetwork: `${project}/regions/us-central1/subnetworks/default-us-central1`,
  networkTier: 'PREMIUM',
  labels: { env: 'prod', owner: 'zoë' },
  labelFingerprint: 'vezUS-42LLM=',
  fingerprint: 'Pn8lqXxE1xk=',
  selfLink: `${project}/regions/us-central1/forwardingRules/ilb-us-central1-0`,
};

/** A global external HTTPS forwarding rule (port range, target proxy, no region). */
export const globalHttpsForwardingRule: compute_v1.Schema$ForwardingRule = {
  kind: 'compute#forwardingRule',
  id: '5100000000000000002',
  name: 'web-0-https',
  creationTimestamp: '2024-03-02T10:00:00.000-08:00',
  IPAddress: '34.120.1.2',
  IPProtocol: 'TCP',
  portRange: '443-443',
  target: `${project}/global/targetHttpsProxies/web-0-https-proxy`,
  loadBalancingScheme: 'EXTERNAL_MANAGED',
  networkTier: 'PREMIUM',
  ipVersion: 'IPV4',
  selfLink: `${project}/global/forwardingRules/web-0-https`,
};
