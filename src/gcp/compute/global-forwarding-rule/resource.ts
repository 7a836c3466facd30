import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { forwardingRuleResource } from '../forwarding-rule/resource.js';
import { identifyBy } from '../identity.js';
import { getGlobalForwardingRule } from './get.js';
import { listGlobalForwardingRules } from './list.js';

/** Compute Engine global forwarding rules: Google's own collection, with the same row as regional ones. */
export const globalForwardingRuleResource: ComputeResource<compute_v1.Schema$ForwardingRule> = {
  ...forwardingRuleResource,
  kind: 'gcp.compute.globalForwardingRule',
  plural: 'globalForwardingRules',
  activityName: 'IngestGlobalForwardingRules',
  table: 'gcp_compute_global_forwarding_rules',
  list: listGlobalForwardingRules,
  get: getGlobalForwardingRule,
  identify: identifyBy('globalForwardingRule'),
};
