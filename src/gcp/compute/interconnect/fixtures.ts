import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A dedicated interconnect of two 10G links in a colocation facility. */
export const interconnect: compute_v1.Schema$Interconnect = {
  kind: 'compute#interconnect',
  id: '5950000000000000001',
  name: 'dc-link',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  interconnectType: 'DEDICATED',
  linkType: 'LINK_TYPE_ETHERNET_10G_LR',
  location:
    'https://www.googleapis.com/compute/v1/projects/fixture-project/global/interconnectLocations/iad-zone1-1',
  requestedLinkCount: 2,
  provisionedLinkCount: 2,
  operationalStatus: 'OS_ACTIVE',
  state: 'ACTIVE',
  adminEnabled: true,
  customerName: 'Example Corp',
  selfLink: `${project}/global/interconnects/dc-link`,
};
