import type { StoredRef } from '../../provider/resource.js';
import { vngKind } from '../kinds.js';
import { pagedList, type VngContext } from '../paging.js';
import type { VngWanIp } from '../types.js';
import type { VngClient } from '../vng-client.js';
import { vngResource } from '../vng-resource.js';

/**
 * A WAN IP again. The v2 API has no get of one, so the listing is read whole: 'gone' only when a non-empty
 * listing lacks it (an empty one proves nothing: it may be a lying answer).
 */
async function getWanIp(client: VngClient, ctx: VngContext, ref: StoredRef): Promise<VngWanIp | 'gone'> {
  let seen = 0;
  for await (const page of pagedList<VngWanIp>(client, ctx, 'wanIps'))
    for (const ip of page.items) {
      seen++;
      if (ip.uuid === ref.id) return ip;
    }
  if (seen === 0) throw new Error(`WAN IP ${ref.id}: the WAN IP listing is empty, which proves nothing`);
  return 'gone';
}

/** vServer WAN (public, floating) IPs (`GET /v2/{projectId}/wanIps`) and the interface each is attached to. */
export const wanIpResource = vngResource<VngWanIp, VngWanIp>({
  names: vngKind('vngWanIps'),
  collection: 'wanIps',
  idField: 'uuid',
  nameField: 'ip',
  columns: {
    ip: { type: 'text', index: 'btree' },
    fixed_ip: 'text',
    network_interface_id: 'text',
    status: 'text',
  },
  listColumns: ['ip', 'fixed_ip', 'status'],
  row: (item) => ({
    ip: item.ip,
    fixed_ip: item.fixedIp,
    network_interface_id: item.networkInterfaceId,
    status: item.status,
  }),
  get: getWanIp,
});
