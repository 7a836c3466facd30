import { vngKind } from '../kinds.js';
import type { VngServer } from '../types.js';
import { distinct, vngResource } from '../vng-resource.js';

/** Pure: a server's typed columns; fixed and floating IPs of every interface, its groups and networks. */
export function serverRow(item: VngServer) {
  const nics = [...(item.internalInterfaces ?? []), ...(item.externalInterfaces ?? [])];
  return {
    status: item.status,
    flavor_id: item.flavor?.flavorId,
    flavor_name: item.flavor?.name,
    cpu: item.flavor?.cpu,
    memory: item.flavor?.memory,
    image_id: item.image?.id,
    image_type: item.image?.imageType,
    image_version: item.image?.imageVersion,
    zone_id: item.zoneId ?? item.flavor?.zoneId,
    fixed_ips: distinct(nics.map((n) => n.fixedIp)),
    floating_ips: distinct(nics.map((n) => n.floatingIp)),
    network_ids: distinct(nics.map((n) => n.networkUuid)),
    secgroup_ids: distinct((item.secGroups ?? []).map((g) => g.uuid)),
    boot_volume_id: item.bootVolumeId,
    encryption_volume: item.encryptionVolume,
    server_group_id: item.serverGroupId,
    ssh_key_name: item.sshKeyName,
  };
}

/** vServer servers of a project in a region (`GET /v2/{projectId}/servers`). */
export const serverResource = vngResource<VngServer, VngServer>({
  names: vngKind('vngServers'),
  collection: 'servers',
  idField: 'uuid',
  nameField: 'name',
  columns: {
    status: 'text',
    flavor_id: 'text',
    flavor_name: 'text',
    cpu: 'integer',
    memory: 'integer',
    image_id: 'text',
    image_type: 'text',
    image_version: 'text',
    zone_id: 'text',
    fixed_ips: { type: 'text[]', index: 'gin' },
    floating_ips: { type: 'text[]', index: 'gin' },
    network_ids: 'text[]',
    secgroup_ids: { type: 'text[]', index: 'gin' },
    boot_volume_id: 'text',
    encryption_volume: 'boolean',
    server_group_id: 'text',
    ssh_key_name: 'text',
  },
  listColumns: ['status', 'flavor_name', 'zone_id', 'fixed_ips', 'floating_ips'],
  row: serverRow,
});
