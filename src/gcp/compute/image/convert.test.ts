import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertImage } from './convert.js';
import { imageFixture } from './fixtures.js';

const cases: {
  name: string;
  overrides: Parameters<typeof imageFixture>[0];
  want: Partial<ReturnType<typeof convertImage>>;
}[] = [
  {
    name: 'family, source disk, sizes and deprecation',
    overrides: {},
    want: {
      location: 'global',
      family: 'app-web',
      status: 'READY',
      source_disk: 'web-00001-boot',
      disk_size_gb: 20,
      archive_size_bytes: 1234567890,
      deprecation_state: 'DEPRECATED',
      architecture: 'X86_64',
      labels: { env: 'prod' },
    },
  },
  {
    name: 'from a tarball, current, no labels',
    overrides: {
      sourceDisk: undefined,
      deprecated: undefined,
      labels: undefined,
      archiveSizeBytes: undefined,
    },
    want: { source_disk: null, deprecation_state: undefined, labels: {}, archive_size_bytes: null },
  },
  {
    name: 'a size that is not a number is null',
    overrides: { diskSizeGb: 'x' },
    want: { disk_size_gb: null },
  },
];

for (const c of cases)
  test(`convertImage: ${c.name}`, () => {
    const row = convertImage(imageFixture(c.overrides));
    for (const [column, value] of Object.entries(c.want))
      assert.deepEqual(row[column as keyof typeof row], value, column);
  });
