import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertInterconnectAttachment } from './convert.js';
import { getInterconnectAttachment } from './get.js';
import { listInterconnectAttachments } from './list.js';

/** Interconnect VLAN attachments (regional). */
export const interconnectAttachmentResource: ComputeResource<compute_v1.Schema$InterconnectAttachment> = {
  kind: 'gcp.compute.interconnectAttachment',
  plural: 'interconnectAttachments',
  activityName: 'IngestInterconnectAttachments',
  table: 'gcp_compute_interconnect_attachments',
  columns: {
    attachment_type: 'text',
    state: 'text',
    operational_status: 'text',
    router: 'text',
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
  list: listInterconnectAttachments,
  get: getInterconnectAttachment,
  convert: convertInterconnectAttachment,
  identify: identifyBy('interconnectAttachment'),
};
