import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertNetwork } from './convert.js';
import { getNetwork } from './get.js';
import { listNetworks } from './list.js';

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
  list: listNetworks,
  get: getNetwork,
  convert: convertNetwork,
  identify: identifyBy('network'),
};
