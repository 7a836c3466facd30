import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

const urls = (list: { url?: string | null }[] | undefined) =>
  (list ?? []).map((r) => r.url).filter((u): u is string => !!u);

/** Pure: an API packet mirroring policy → its typed row; what is mirrored and where, as URLs and tags. */
export function convertPacketMirroring(item: compute_v1.Schema$PacketMirroring) {
  return {
    ...requireIdentity('packet mirroring', item),
    location: lastSegment(item.region) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    network: item.network?.url,
    collector_ilb: item.collectorIlb?.url,
    enabled: item.enable === undefined || item.enable === null ? undefined : item.enable === 'TRUE',
    priority: item.priority,
    mirrored_subnetworks: urls(item.mirroredResources?.subnetworks),
    mirrored_instances: urls(item.mirroredResources?.instances),
    mirrored_tags: item.mirroredResources?.tags ?? [],
  };
}
