import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/** `tcp:22,80-81` style summaries of allowed / denied rules, for filtering and reading. */
function rules(list: compute_v1.Schema$Firewall['allowed']): string[] {
  return (list ?? []).map((r) =>
    r.ports?.length ? `${r.IPProtocol}:${r.ports.join(',')}` : (r.IPProtocol ?? ''),
  );
}

/** Pure: an API firewall rule → its typed row. */
export function convertFirewall(item: compute_v1.Schema$Firewall) {
  return {
    ...requireIdentity('firewall', item),
    location: 'global',
    creation_timestamp: item.creationTimestamp,
    network: lastSegment(item.network),
    direction: item.direction,
    priority: item.priority ?? null,
    disabled: item.disabled ?? false,
    source_ranges: item.sourceRanges ?? [],
    destination_ranges: item.destinationRanges ?? [],
    source_tags: item.sourceTags ?? [],
    target_tags: item.targetTags ?? [],
    target_service_accounts: item.targetServiceAccounts ?? [],
    allowed: rules(item.allowed),
    denied: rules(item.denied),
  };
}
