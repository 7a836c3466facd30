import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A zonal NEG of VM IP:port endpoints. */
export const networkEndpointGroup: compute_v1.Schema$NetworkEndpointGroup = {
  kind: 'compute#networkEndpointGroup',
  id: '6100000000000000001',
  name: 'neg-us-central1-a',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  zone: `${project}/zones/us-central1-a`,
  networkEndpointType: 'GCE_VM_IP_PORT',
  network: `${project}/global/networks/vpc-1`,
  subnetwork: `${project}/regions/us-central1/subnetworks/vpc-1-us-central1`,
  defaultPort: 8080,
  size: 3,
  selfLink: `${project}/zones/us-central1-a/networkEndpointGroups/neg-us-central1-a`,
};
