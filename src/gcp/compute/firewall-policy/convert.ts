import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** Typed columns every firewall policy kind has (hierarchical, global and regional network policies). */
export const firewallPolicyColumns = {
  short_name: 'text',
  parent: 'text',
  associations: 'text[]',
  rule_count: 'integer',
} as const;

/** Pure: an API firewall policy (hierarchical, global or regional) → its typed row; a regional one's location is its region. */
export function convertFirewallPolicy(item: compute_v1.Schema$FirewallPolicy) {
  return {
    ...requireIdentity('firewall policy', item),
    location: lastSegment(item.region) ?? 'global',
    creation_timestamp: item.creationTimestamp,
    short_name: item.shortName ?? item.displayName ?? null,
    parent: item.parent ?? null,
    associations: (item.associations ?? []).map((a) => a.attachmentTarget ?? '').filter((a) => a !== ''),
    rule_count: (item.rules ?? []).length,
  };
}
