import type { compute_v1 } from '@googleapis/compute';
import { globalCollection, noRetry } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertFirewall } from './convert.js';

/** VPC firewall rules (global). */
export const firewallResource: ComputeResource<compute_v1.Schema$Firewall> = {
  ...computeKind('firewalls'),
  columns: {
    network: 'text',
    direction: 'text',
    priority: 'integer',
    disabled: 'boolean',
    source_ranges: 'text[]',
    destination_ranges: 'text[]',
    source_tags: 'text[]',
    target_tags: 'text[]',
    target_service_accounts: 'text[]',
    allowed: 'text[]',
    denied: 'text[]',
  },
  listColumns: ['network', 'direction', 'priority', 'source_ranges', 'allowed', 'target_tags'],
  ...globalCollection<compute_v1.Schema$Firewall>({
    collection: 'firewalls',
    itemKind: 'compute#firewall',
    list: (c, params) => c.firewalls.list(params, noRetry),
    get: (c, at) => c.firewalls.get({ project: at.project, firewall: at.name }, noRetry),
  }),
  convert: convertFirewall,
  identify: identifyBy('firewall'),
};
