import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** The priority of a Cloud Armor policy's default rule, which applies when no other rule matches. */
export const defaultRulePriority = 2147483647;

/** Pure: an API Cloud Armor security policy (global or regional) → its typed row. */
export function convertSecurityPolicy(item: compute_v1.Schema$SecurityPolicy) {
  const rules = item.rules ?? [];
  return {
    ...requireIdentity('security policy', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    type: item.type,
    default_action: rules.find((r) => r.priority === defaultRulePriority)?.action,
    rule_count: rules.length,
    labels: item.labels ?? {},
  };
}
