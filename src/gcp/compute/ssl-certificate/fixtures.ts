import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A Google-managed certificate for two domains. */
export const managedCertificate: compute_v1.Schema$SslCertificate = {
  kind: 'compute#sslCertificate',
  id: '5800000000000000001',
  name: 'web-cert',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  type: 'MANAGED',
  managed: {
    domains: ['www.example.com', 'example.com'],
    status: 'ACTIVE',
    domainStatus: { 'www.example.com': 'ACTIVE', 'example.com': 'ACTIVE' },
  },
  subjectAlternativeNames: ['www.example.com', 'example.com'],
  expireTime: '2024-05-30T10:00:00.000-07:00',
  selfLink: `${project}/global/sslCertificates/web-cert`,
};

/** A self-managed regional certificate: a public PEM, SANs, no managed block. */
export const selfManagedCertificate: compute_v1.Schema$SslCertificate = {
  kind: 'compute#sslCertificate',
  id: '5800000000000000002',
  name: 'internal-cert',
  creationTimestamp: '2024-03-02T10:00:00.000-08:00',
  region: `${project}/regions/us-central1`,
  type: 'SELF_MANAGED',
  certificate: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
  subjectAlternativeNames: ['internal.example.com'],
  expireTime: '2025-03-02T10:00:00.000-08:00',
  selfLink: `${project}/regions/us-central1/sslCertificates/internal-cert`,
};
