import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertNetworkEndpointGroup } from './convert.js';

/** Compute Engine zonal network endpoint groups. */
export const networkEndpointGroupResource: ComputeResource<compute_v1.Schema$NetworkEndpointGroup> = {
  ...computeKind('networkEndpointGroups'),
  columns: {
    network_endpoint_type: 'text',
    network: 'text',
    subnetwork: 'text',
    default_port: 'integer',
    size: 'integer',
  },
  listColumns: ['network_endpoint_type', 'network', 'size'],
  ...scopedCollection<compute_v1.Schema$NetworkEndpointGroup>({
    collection: 'networkEndpointGroups',
    itemKind: 'compute#networkEndpointGroup',
    scope: 'zones',
    aggregatedList: (c, params) => c.networkEndpointGroups.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.networkEndpointGroups.get(
        { project: at.project, zone: at.location, networkEndpointGroup: at.name },
        noRetry,
      ),
  }),
  convert: convertNetworkEndpointGroup,
  identify: identifyBy('network endpoint group'),
};
