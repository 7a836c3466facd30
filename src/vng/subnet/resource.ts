import type { ListPage, StoredRef } from '../../provider/resource.js';
import { vngKind } from '../kinds.js';
import { arrayOfObjects, pagedList, vngId, VNG_LOCATION, type VngContext } from '../paging.js';
import { parseVngScope } from '../scope.js';
import type { VngNetwork, VngSubnet } from '../types.js';
import type { VngClient } from '../vng-client.js';
import { vngResource } from '../vng-resource.js';

/** The subnets of one network (`GET /v2/{projectId}/networks/{networkId}/subnets`, a bare array). */
function subnetsOf(client: VngClient, ctx: VngContext, networkId: string): Promise<VngSubnet[]> {
  const { projectId, region } = parseVngScope(ctx.scope);
  const path = `/v2/${encodeURIComponent(projectId)}/networks/${encodeURIComponent(networkId)}/subnets`;
  return ctx.api.get(client, region, path, {}, (b) => arrayOfObjects<VngSubnet>(b, 'subnets'));
}

/** Every subnet of the scope: the networks paged, then each network's subnets, one page per network page. */
async function* listSubnets(client: VngClient, ctx: VngContext): AsyncIterable<ListPage<VngSubnet>> {
  for await (const page of pagedList<VngNetwork>(client, ctx, 'networks')) {
    const items: VngSubnet[] = [];
    for (const network of page.items)
      items.push(...(await subnetsOf(client, ctx, vngId('vng.network', network, 'id'))));
    yield { items, locations: [VNG_LOCATION], unreachable: [] };
  }
}

/**
 * A subnet again. The API gets one only under its network, which a stored reference does not carry, so every
 * network's subnets are listed: 'gone' only when a non-empty network listing, read whole, holds it nowhere.
 */
async function getSubnet(client: VngClient, ctx: VngContext, ref: StoredRef): Promise<VngSubnet | 'gone'> {
  let networks = 0;
  for await (const page of pagedList<VngNetwork>(client, ctx, 'networks'))
    for (const network of page.items) {
      networks++;
      const found = (await subnetsOf(client, ctx, vngId('vng.network', network, 'id'))).find(
        (s) => s.uuid === ref.id,
      );
      if (found) return found;
    }
  if (networks === 0) throw new Error(`subnet ${ref.id}: the network listing is empty, which proves nothing`);
  return 'gone';
}

/** vServer subnets (CIDR, network, route table) of every network of the scope. */
export const subnetResource = {
  ...vngResource<VngSubnet, VngSubnet>({
    names: vngKind('vngSubnets'),
    collection: 'networks',
    idField: 'uuid',
    nameField: 'name',
    columns: {
      cidr: 'text',
      network_id: { type: 'text', index: 'btree' },
      status: 'text',
      route_table_id: 'text',
    },
    listColumns: ['cidr', 'network_id', 'status'],
    row: (item) => ({
      cidr: item.cidr,
      network_id: item.networkUuid,
      status: item.status,
      route_table_id: item.routeTableUuid,
    }),
  }),
  list: listSubnets,
  get: getSubnet,
};
