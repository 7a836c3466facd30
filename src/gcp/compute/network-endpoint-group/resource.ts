import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertNetworkEndpointGroup } from './convert.js';
import { getNetworkEndpointGroup } from './get.js';
import { listNetworkEndpointGroups } from './list.js';

/** Compute Engine zonal network endpoint groups. */
export const networkEndpointGroupResource: ComputeResource<compute_v1.Schema$NetworkEndpointGroup> = {
  kind: 'gcp.compute.networkEndpointGroup',
  plural: 'networkEndpointGroups',
  activityName: 'IngestNetworkEndpointGroups',
  table: 'gcp_compute_network_endpoint_groups',
  columns: {
    network_endpoint_type: 'text',
    network: 'text',
    subnetwork: 'text',
    default_port: 'integer',
    size: 'integer',
  },
  listColumns: ['network_endpoint_type', 'network', 'size'],
  list: listNetworkEndpointGroups,
  get: getNetworkEndpointGroup,
  convert: convertNetworkEndpointGroup,
  identify: identifyBy('networkEndpointGroup'),
};
