import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A COMPATIBLE SSL policy that still allows TLS 1.0. */
export const compatibleSslPolicy: compute_v1.Schema$SslPolicy = {
  kind: 'compute#sslPolicy',
  id: '5900000000000000001',
  name: 'legacy-clients',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  profile: 'COMPATIBLE',
  minTlsVersion: 'TLS_1_0',
  enabledFeatures: ['TLS_RSA_WITH_AES_128_CBC_SHA', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'],
  fingerprint: 'L3y0LX8Y4qM=',
  selfLink: `${project}/global/sslPolicies/legacy-clients`,
};
