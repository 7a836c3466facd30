import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertSnapshot } from './convert.js';
import { snapshotFixture } from './fixtures.js';

const cases: {
  name: string;
  overrides: Parameters<typeof snapshotFixture>[0];
  want: Partial<ReturnType<typeof convertSnapshot>>;
}[] = [
  {
    name: 'scheduled snapshot of a disk',
    overrides: {},
    want: {
      location: 'global',
      status: 'READY',
      source_disk: 'data-1',
      disk_size_gb: 100,
      storage_bytes: 2147483648,
      auto_created: true,
      snapshot_schedule: 'daily',
      storage_locations: ['us'],
      labels: { team: 'data' },
    },
  },
  {
    name: 'manual snapshot without labels or locations',
    overrides: {
      autoCreated: false,
      sourceSnapshotSchedulePolicy: undefined,
      labels: undefined,
      storageLocations: undefined,
    },
    want: { auto_created: false, snapshot_schedule: null, labels: {}, storage_locations: [] },
  },
];

for (const c of cases)
  test(`convertSnapshot: ${c.name}`, () => {
    const row = convertSnapshot(snapshotFixture(c.overrides));
    for (const [column, value] of Object.entries(c.want))
      assert.deepEqual(row[column as keyof typeof row], value, column);
  });
