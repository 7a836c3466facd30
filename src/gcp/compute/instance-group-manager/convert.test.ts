import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertInstanceGroupManager } from './convert.js';
import { instanceGroupManagerFixture } from './fixtures.js';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

const cases: {
  name: string;
  overrides: Parameters<typeof instanceGroupManagerFixture>[0];
  want: Partial<ReturnType<typeof convertInstanceGroupManager>>;
}[] = [
  {
    name: 'zonal: template, group and target pools by name',
    overrides: {},
    want: {
      id: '5100000000000000001',
      name: 'mig-web',
      location: 'us-central1-a',
      base_instance_name: 'web',
      instance_template: 'tmpl-web',
      instance_group: 'mig-web',
      target_size: 3,
      is_stable: true,
      target_pools: ['web-pool'],
    },
  },
  {
    name: 'regional: located in its region',
    overrides: { zone: undefined, region: `${base}/regions/europe-west1`, targetPools: undefined },
    want: { location: 'europe-west1', target_pools: [] },
  },
  {
    name: 'no status or template yet',
    overrides: { status: undefined, instanceTemplate: undefined },
    want: { is_stable: undefined, instance_template: null },
  },
];

for (const c of cases)
  test(`convertInstanceGroupManager: ${c.name}`, () => {
    const row = convertInstanceGroupManager(instanceGroupManagerFixture(c.overrides));
    for (const [column, value] of Object.entries(c.want))
      assert.deepEqual(row[column as keyof typeof row], value, column);
  });

test('convertInstanceGroupManager refuses an object without id', () => {
  assert.throws(() => convertInstanceGroupManager(instanceGroupManagerFixture({ id: undefined })), {
    type: 'GcpMalformedResource',
  });
});
