import assert from 'node:assert/strict';
import { test } from 'node:test';
import { convertInterconnectAttachment } from './convert.js';
import { interconnectAttachmentFixture } from './fixtures.js';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

const cases: {
  name: string;
  overrides: Parameters<typeof interconnectAttachmentFixture>[0];
  want: Partial<ReturnType<typeof convertInterconnectAttachment>>;
}[] = [
  {
    name: 'partner attachment on a router',
    overrides: {},
    want: {
      location: 'us-central1',
      attachment_type: 'PARTNER',
      state: 'ACTIVE',
      operational_status: 'OS_ACTIVE',
      router: 'router-1',
      interconnect: null,
      bandwidth: 'BPS_10G',
      vlan_tag: 1042,
      edge_availability_domain: 'AVAILABILITY_DOMAIN_1',
      cloud_router_ip: '169.254.10.1/29',
      customer_router_ip: '169.254.10.2/29',
      admin_enabled: true,
      labels: {},
    },
  },
  {
    name: 'dedicated attachment names its interconnect',
    overrides: { type: 'DEDICATED', interconnect: `${base}/global/interconnects/ic-ashburn` },
    want: { attachment_type: 'DEDICATED', interconnect: 'ic-ashburn' },
  },
];

for (const c of cases)
  test(`convertInterconnectAttachment: ${c.name}`, () => {
    const row = convertInterconnectAttachment(interconnectAttachmentFixture(c.overrides));
    for (const [column, value] of Object.entries(c.want))
      assert.deepEqual(row[column as keyof typeof row], value, column);
  });
