import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertPacketMirroring } from './convert.js';

/** Packet mirroring policies (regional): which subnetworks, instances and tags are copied to which collector. */
export const packetMirroringResource: ComputeResource<compute_v1.Schema$PacketMirroring> = {
  ...computeKind('packetMirrorings'),
  columns: {
    network: 'text',
    collector_ilb: 'text',
    enabled: 'boolean',
    priority: 'integer',
    mirrored_subnetworks: 'text[]',
    mirrored_instances: 'text[]',
    mirrored_tags: 'text[]',
  },
  listColumns: ['network', 'collector_ilb', 'enabled', 'mirrored_tags'],
  ...scopedCollection<compute_v1.Schema$PacketMirroring>({
    collection: 'packetMirrorings',
    itemKind: 'compute#packetMirroring',
    scope: 'regions',
    aggregatedList: (c, params) => c.packetMirrorings.aggregatedList(params, noRetry),
    get: (c, at) =>
      c.packetMirrorings.get({ project: at.project, region: at.location, packetMirroring: at.name }, noRetry),
  }),
  convert: convertPacketMirroring,
  identify: identifyBy('packet mirroring'),
};
