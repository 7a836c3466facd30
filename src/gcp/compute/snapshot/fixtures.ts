import type { compute_v1 } from '@googleapis/compute';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A realistic snapshot made by a snapshot schedule. */
export function snapshotFixture(overrides: compute_v1.Schema$Snapshot = {}): compute_v1.Schema$Snapshot {
  return {
    kind: 'compute#snapshot',
    id: '5400000000000000001',
    name: 'snap-data-1',
    creationTimestamp: '2024-03-01T10:00:00.000-08:00',
    selfLink: `${base}/global/snapshots/snap-data-1`,
    status: 'READY',
    sourceDisk: `${base}/zones/us-central1-a/disks/data-1`,
    sourceDiskId: '4100000000000000002',
    diskSizeGb: '100',
    storageBytes: '2147483648',
    autoCreated: true,
    sourceSnapshotSchedulePolicy: `${base}/regions/us-central1/resourcePolicies/daily`,
    storageLocations: ['us'],
    labels: { team: 'data' },
    ...overrides,
  };
}
