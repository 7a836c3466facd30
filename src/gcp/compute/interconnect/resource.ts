import type { compute_v1 } from '@googleapis/compute';
import { globalCollection, noRetry } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertInterconnect } from './convert.js';

/** Dedicated and partner Interconnect connections (global): type, links, location and state. */
export const interconnectResource: ComputeResource<compute_v1.Schema$Interconnect> = {
  ...computeKind('interconnects'),
  columns: {
    interconnect_type: 'text',
    link_type: 'text',
    interconnect_location: 'text',
    requested_link_count: 'integer',
    provisioned_link_count: 'integer',
    operational_status: 'text',
    state: 'text',
    admin_enabled: 'boolean',
    customer_name: 'text',
    labels: 'jsonb',
  },
  listColumns: ['interconnect_type', 'interconnect_location', 'provisioned_link_count', 'operational_status'],
  ...globalCollection<compute_v1.Schema$Interconnect>({
    collection: 'interconnects',
    itemKind: 'compute#interconnect',
    list: (c, params) => c.interconnects.list(params, noRetry),
    get: (c, at) => c.interconnects.get({ project: at.project, interconnect: at.name }, noRetry),
  }),
  convert: convertInterconnect,
  identify: identifyBy('interconnect'),
};
