import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertInterconnectAttachment } from './convert.js';

/** Interconnect VLAN attachments (regional). */
export const interconnectAttachmentResource: ComputeResource<compute_v1.Schema$InterconnectAttachment> = {
  ...computeKind('interconnectAttachments'),
  columns: {
    attachment_type: 'text',
    state: 'text',
    operational_status: 'text',
    router: { type: 'text', index: 'btree' },
    interconnect: 'text',
    bandwidth: 'text',
    vlan_tag: 'integer',
    edge_availability_domain: 'text',
    cloud_router_ip: 'text',
    customer_router_ip: 'text',
    admin_enabled: 'boolean',
    labels: 'jsonb',
  },
  listColumns: ['attachment_type', 'state', 'router', 'bandwidth', 'vlan_tag'],
  ...scopedCollection<compute_v1.Schema$InterconnectAttachment>({
    collection: 'interconnectAttachments',
    itemKind: 'compute#interconnectAttachment',
    scope: 'regions',
    aggregatedList: (c, params) => c.interconnectAttachments.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.interconnectAttachments.get(
        { project: at.project, region: at.location, interconnectAttachment: at.name },
        noRetry,
      ),
  }),
  convert: convertInterconnectAttachment,
  identify: identifyBy('interconnect attachment'),
};
