import type { compute_v1 } from '@googleapis/compute';
import { globalCollection, noRetry } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertNetwork } from './convert.js';

/** Compute Engine VPC networks (global). */
export const networkResource: ComputeResource<compute_v1.Schema$Network> = {
  ...computeKind('networks'),
  columns: {
    auto_create_subnetworks: 'boolean',
    routing_mode: 'text',
    mtu: 'integer',
    subnetworks: 'text[]',
  },
  listColumns: ['auto_create_subnetworks', 'routing_mode', 'mtu'],
  ...globalCollection<compute_v1.Schema$Network>({
    collection: 'networks',
    itemKind: 'compute#network',
    list: (c, params) => c.networks.list(params, noRetry),
    get: (c, at) => c.networks.get({ project: at.project, network: at.name }, noRetry),
  }),
  convert: convertNetwork,
  identify: identifyBy('network'),
};
