import type { compute_v1 } from '@googleapis/compute';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A realistic machine image of an instance. */
export function machineImageFixture(
  overrides: compute_v1.Schema$MachineImage = {},
): compute_v1.Schema$MachineImage {
  return {
    kind: 'compute#machineImage',
    id: '5500000000000000001',
    name: 'mi-web-1',
    creationTimestamp: '2024-03-01T10:00:00.000-08:00',
    selfLink: `${base}/global/machineImages/mi-web-1`,
    status: 'READY',
    sourceInstance: `${base}/zones/us-central1-a/instances/web-1`,
    instanceProperties: { machineType: 'e2-medium' },
    totalStorageBytes: '10737418240',
    storageLocations: ['us'],
    ...overrides,
  };
}
