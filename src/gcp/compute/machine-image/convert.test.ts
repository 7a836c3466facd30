import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertMachineImage } from './convert.js';
import { machineImageFixture } from './fixtures.js';

const cases: {
  name: string;
  overrides: Parameters<typeof machineImageFixture>[0];
  want: Partial<ReturnType<typeof convertMachineImage>>;
}[] = [
  {
    name: 'source instance, machine type and storage',
    overrides: {},
    want: {
      location: 'global',
      status: 'READY',
      source_instance: 'web-1',
      machine_type: 'e2-medium',
      total_storage_bytes: 10737418240,
      storage_locations: ['us'],
      labels: {},
    },
  },
  {
    name: 'still being created: no size, no properties',
    overrides: { status: 'CREATING', totalStorageBytes: undefined, instanceProperties: undefined },
    want: { status: 'CREATING', total_storage_bytes: null, machine_type: null },
  },
];

for (const c of cases)
  test(`convertMachineImage: ${c.name}`, () => {
    const row = convertMachineImage(machineImageFixture(c.overrides));
    for (const [column, value] of Object.entries(c.want))
      assert.deepEqual(row[column as keyof typeof row], value, column);
  });
