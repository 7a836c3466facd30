import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertProject } from './convert.js';
import { projectFixture } from './fixtures.js';

const metadata = (items: { key: string; value: string }[]) => ({ commonInstanceMetadata: { items } });

const cases: {
  name: string;
  overrides: Parameters<typeof projectFixture>[0];
  want: Partial<ReturnType<typeof convertProject>>;
}[] = [
  {
    name: 'OS Login on, Shared VPC host, metadata keys (never values)',
    overrides: {},
    want: {
      id: '123456789012',
      name: 'fixture-project',
      location: 'global',
      default_service_account: '123456789012-compute@developer.gserviceaccount.com',
      xpn_project_status: 'HOST',
      default_network_tier: 'PREMIUM',
      enable_oslogin: true,
      metadata_keys: ['enable-oslogin', 'ssh-keys'],
    },
  },
  {
    name: 'OS Login value is case-insensitive',
    overrides: metadata([{ key: 'enable-oslogin', value: 'false' }]),
    want: { enable_oslogin: false },
  },
  {
    name: 'OS Login unset or unreadable is null',
    overrides: metadata([{ key: 'enable-oslogin', value: 'maybe' }]),
    want: { enable_oslogin: null },
  },
  {
    name: 'no common metadata',
    overrides: { commonInstanceMetadata: undefined },
    want: { enable_oslogin: null, metadata_keys: [] },
  },
];

for (const c of cases)
  test(`convertProject: ${c.name}`, () => {
    const row = convertProject(projectFixture(c.overrides));
    for (const [column, value] of Object.entries(c.want))
      assert.deepEqual(row[column as keyof typeof row], value, column);
  });
