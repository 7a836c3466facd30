import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A global target SSL proxy in front of a backend service, with a certificate and an SSL policy. */
export const targetSslProxy: compute_v1.Schema$TargetSslProxy = {
  kind: 'compute#targetSslProxy',
  id: '5910000000000000001',
  name: 'tls-proxy',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  service: `${project}/global/backendServices/tls-bs`,
  sslCertificates: [`${project}/global/sslCertificates/tls-cert`],
  sslPolicy: `${project}/global/sslPolicies/modern`,
  proxyHeader: 'NONE',
  selfLink: `${project}/global/targetSslProxies/tls-proxy`,
};
