import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A Cloud Armor policy denying one range, with a default deny rule. */
export const securityPolicy: compute_v1.Schema$SecurityPolicy = {
  kind: 'compute#securityPolicy',
  id: '6000000000000000001',
  name: 'edge-armor',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  type: 'CLOUD_ARMOR',
  rules: [
    {
      kind: 'compute#securityPolicyRule',
      priority: 1000,
      action: 'allow',
      match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['203.0.113.0/24'] } },
    },
    {
      kind: 'compute#securityPolicyRule',
      priority: 2147483647,
      action: 'deny(404)',
      match: { versionedExpr: 'SRC_IPS_V1', config: { srcIpRanges: ['*'] } },
    },
  ],
  labels: { team: 'edge' },
  fingerprint: 'yD7gkVj1R3E=',
  selfLink: `${project}/global/securityPolicies/edge-armor`,
};
