import type { compute_v1 } from '@googleapis/compute';

const base = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A realistic partner interconnect VLAN attachment. */
export function interconnectAttachmentFixture(
  overrides: compute_v1.Schema$InterconnectAttachment = {},
): compute_v1.Schema$InterconnectAttachment {
  return {
    kind: 'compute#interconnectAttachment',
    id: '5800000000000000001',
    name: 'ic-1',
    creationTimestamp: '2024-03-01T10:00:00.000-08:00',
    region: `${base}/regions/us-central1`,
    selfLink: `${base}/regions/us-central1/interconnectAttachments/ic-1`,
    router: `${base}/regions/us-central1/routers/router-1`,
    type: 'PARTNER',
    state: 'ACTIVE',
    operationalStatus: 'OS_ACTIVE',
    bandwidth: 'BPS_10G',
    vlanTag8021q: 1042,
    edgeAvailabilityDomain: 'AVAILABILITY_DOMAIN_1',
    cloudRouterIpAddress: '169.254.10.1/29',
    customerRouterIpAddress: '169.254.10.2/29',
    adminEnabled: true,
    ...overrides,
  };
}
