import { vngKind } from '../kinds.js';
import { objectOf } from '../paging.js';
import type { VngNetwork } from '../types.js';
import { getOne, vngResource } from '../vng-resource.js';

/** vServer networks (VPCs) (`GET /v2/{projectId}/networks`); one is got as a bare object. */
export const networkResource = vngResource<VngNetwork, VngNetwork>({
  names: vngKind('vngNetworks'),
  collection: 'networks',
  idField: 'id',
  nameField: 'displayName',
  columns: { cidr: 'text', status: 'text' },
  listColumns: ['cidr', 'status'],
  row: (item) => ({ cidr: item.cidr, status: item.status }),
  get: (client, ctx, ref) =>
    getOne(client, ctx, `networks/${encodeURIComponent(ref.id)}`, (b) => objectOf<VngNetwork>(b, 'body')),
});
