import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertForwardingRule } from './convert.js';

/** Compute Engine regional forwarding rules (the global ones are `globalForwardingRules`). */
export const forwardingRuleResource: ComputeResource<compute_v1.Schema$ForwardingRule> = {
  ...computeKind('forwardingRules'),
  columns: {
    ip_address: { type: 'text', index: 'btree' },
    ip_protocol: 'text',
    port_range: 'text',
    ports: 'text[]',
    all_ports: 'boolean',
    load_balancing_scheme: { type: 'text', index: 'btree' },
    target: 'text',
    backend_service: 'text',
    network: 'text',
    subnetwork: 'text',
    network_tier: 'text',
    labels: 'jsonb',
  },
  listColumns: ['ip_address', 'ip_protocol', 'port_range', 'load_balancing_scheme', 'target'],
  ...scopedCollection<compute_v1.Schema$ForwardingRule>({
    collection: 'forwardingRules',
    itemKind: 'compute#forwardingRule',
    scope: 'regions',
    aggregatedList: (c, params) => c.forwardingRules.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.forwardingRules.get({ project: at.project, region: at.location, forwardingRule: at.name }, noRetry),
  }),
  convert: convertForwardingRule,
  identify: identifyBy('forwarding rule'),
};
