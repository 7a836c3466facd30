import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertInstanceTemplate } from './convert.js';
import { instanceTemplateFixture } from './fixtures.js';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

const cases: {
  name: string;
  overrides: Parameters<typeof instanceTemplateFixture>[0];
  want: Partial<ReturnType<typeof convertInstanceTemplate>>;
}[] = [
  {
    name: 'global: what instances made from it would get',
    overrides: {},
    want: {
      location: 'global',
      machine_type: 'e2-medium',
      networks: ['default'],
      subnetworks: ['default-us-central1'],
      network_tags: ['http-server', 'ssh'],
      service_accounts: ['123-compute@developer.gserviceaccount.com'],
      source_images: [`${base}/global/images/family/app-web`],
      can_ip_forward: false,
      labels: { workload: 'web', owner: 'zoë' },
    },
  },
  {
    name: 'regional: located in its region',
    overrides: { region: `${base}/regions/us-east1` },
    want: { location: 'us-east1' },
  },
  {
    name: 'no properties',
    overrides: { properties: undefined },
    want: {
      machine_type: null,
      networks: [],
      network_tags: [],
      service_accounts: [],
      source_images: [],
      labels: {},
    },
  },
];

for (const c of cases)
  test(`convertInstanceTemplate: ${c.name}`, () => {
    const row = convertInstanceTemplate(instanceTemplateFixture(c.overrides));
    for (const [column, value] of Object.entries(c.want))
      assert.deepEqual(row[column as keyof typeof row], value, column);
  });
