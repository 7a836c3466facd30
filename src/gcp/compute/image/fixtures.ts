import type { compute_v1 } from '@googleapis/compute';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A realistic custom image in family `app-web`, made from a boot disk. */
export function imageFixture(overrides: compute_v1.Schema$Image = {}): compute_v1.Schema$Image {
  return {
    kind: 'compute#image',
    id: '5300000000000000001',
    name: 'app-web-v1',
    creationTimestamp: '2024-03-01T10:00:00.000-08:00',
    selfLink: `${base}/global/images/app-web-v1`,
    family: 'app-web',
    status: 'READY',
    sourceType: 'RAW',
    sourceDisk: `${base}/zones/us-central1-a/disks/web-00001-boot`,
    sourceDiskId: '4100000000000000001',
    diskSizeGb: '20',
    archiveSizeBytes: '1234567890',
    architecture: 'X86_64',
    deprecated: { state: 'DEPRECATED', replacement: `${base}/global/images/app-web-v2` },
    labels: { env: 'prod' },
    ...overrides,
  };
}
