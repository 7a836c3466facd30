import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertForwardingRule } from './convert.js';
import { getForwardingRule } from './get.js';
import { listForwardingRules } from './list.js';

/** Compute Engine regional forwarding rules (the global ones are `globalForwardingRules`). */
export const forwardingRuleResource: ComputeResource<compute_v1.Schema$ForwardingRule> = {
  kind: 'gcp.compute.forwardingRule',
  plural: 'forwardingRules',
  activityName: 'IngestForwardingRules',
  table: 'gcp_compute_forwarding_rules',
  columns: {
    ip_address: 'text',
    ip_protocol: 'text',
    port_range: 'text',
    ports: 'text[]',
    all_ports: 'boolean',
    load_balancing_scheme: 'text',
    target: 'text',
    backend_service: 'text',
    network: 'text',
    subnetwork: 'text',
    network_tier: 'text',
    labels: 'jsonb',
  },
  listColumns: ['ip_address', 'ip_protocol', 'port_range', 'load_balancing_scheme', 'target'],
  list: listForwardingRules,
  get: getForwardingRule,
  convert: convertForwardingRule,
  identify: identifyBy('forwardingRule'),
};
