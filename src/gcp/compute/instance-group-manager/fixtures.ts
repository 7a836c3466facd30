import type { compute_v1 } from '@googleapis/compute';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A realistic zonal managed instance group; pass `region` overrides for a regional one. */
export function instanceGroupManagerFixture(
  overrides: compute_v1.Schema$InstanceGroupManager = {},
): compute_v1.Schema$InstanceGroupManager {
  return {
    kind: 'compute#instanceGroupManager',
    id: '5100000000000000001',
    name: 'mig-web',
    creationTimestamp: '2024-03-01T10:00:00.000-08:00',
    zone: `${base}/zones/us-central1-a`,
    selfLink: `${base}/zones/us-central1-a/instanceGroupManagers/mig-web`,
    instanceTemplate: `${base}/global/instanceTemplates/tmpl-web`,
    versions: [{ name: 'v1', instanceTemplate: `${base}/global/instanceTemplates/tmpl-web` }],
    instanceGroup: `${base}/zones/us-central1-a/instanceGroups/mig-web`,
    baseInstanceName: 'web',
    targetSize: 3,
    targetPools: [`${base}/regions/us-central1/targetPools/web-pool`],
    status: { isStable: true, versionTarget: { isReached: true } },
    fingerprint: 'BfqTB4Vv5e0=',
    ...overrides,
  };
}
