import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A global target HTTPS proxy with two certificates and an SSL policy. */
export const targetHttpsProxy: compute_v1.Schema$TargetHttpsProxy = {
  kind: 'compute#targetHttpsProxy',
  id: '5700000000000000001',
  name: 'web-https-proxy',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  urlMap: `${project}/global/urlMaps/web-map`,
  sslCertificates: [
    `${project}/global/sslCertificates/web-cert`,
    `${project}/global/sslCertificates/old-cert`,
  ],
  sslPolicy: `${project}/global/sslPolicies/modern`,
  quicOverride: 'NONE',
  fingerprint: 'Mn1hQzv1k0U=',
  selfLink: `${project}/global/targetHttpsProxies/web-https-proxy`,
};
