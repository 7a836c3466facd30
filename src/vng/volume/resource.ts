import { vngKind } from '../kinds.js';
import type { VngVolume } from '../types.js';
import { distinct, vngResource } from '../vng-resource.js';

/** vServer block volumes (`GET /v2/{projectId}/volumes`): size, type, bootable, attachments, encryption. */
export const volumeResource = vngResource<VngVolume, VngVolume>({
  names: vngKind('vngVolumes'),
  collection: 'volumes',
  idField: 'uuid',
  nameField: 'name',
  columns: {
    status: 'text',
    size_gb: 'integer',
    volume_type_id: 'text',
    volume_type_zone_name: 'text',
    bootable: 'boolean',
    encryption_type: 'text',
    multi_attach: 'boolean',
    server_ids: { type: 'text[]', index: 'gin' },
    zone_name: 'text',
  },
  listColumns: ['status', 'size_gb', 'volume_type_zone_name', 'bootable', 'server_ids'],
  row: (item) => ({
    status: item.status,
    size_gb: item.size,
    volume_type_id: item.volumeTypeId,
    volume_type_zone_name: item.volumeTypeZoneName,
    bootable: item.bootable,
    encryption_type: item.encryptionType,
    multi_attach: item.multiAttach,
    server_ids: distinct([item.serverId, ...(item.serverIdList ?? [])]),
    zone_name: item.zone?.name,
  }),
});
