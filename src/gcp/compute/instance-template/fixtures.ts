import type { compute_v1 } from '@googleapis/compute';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A realistic global instance template; pass `region` overrides for a regional one. */
export function instanceTemplateFixture(
  overrides: compute_v1.Schema$InstanceTemplate = {},
): compute_v1.Schema$InstanceTemplate {
  return {
    kind: 'compute#instanceTemplate',
    id: '5200000000000000001',
    name: 'tmpl-web',
    creationTimestamp: '2024-03-01T10:00:00.000-08:00',
    selfLink: `${base}/global/instanceTemplates/tmpl-web`,
    properties: {
      machineType: 'e2-medium',
      canIpForward: false,
      networkInterfaces: [
        {
          network: `${base}/global/networks/default`,
          subnetwork: `${base}/regions/us-central1/subnetworks/default-us-central1`,
        },
      ],
      disks: [
        { boot: true, initializeParams: { sourceImage: `${base}/global/images/family/app-web` } },
        { boot: false, initializeParams: { diskSizeGb: '100' } },
      ],
      serviceAccounts: [{ email: '123-compute@developer.gserviceaccount.com', scopes: [] }],
      tags: { items: ['http-server', 'ssh'] },
      labels: { workload: 'web', owner: 'zoë' },
    },
    ...overrides,
  };
}
