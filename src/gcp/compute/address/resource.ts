import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { addressColumns, convertAddress } from './convert.js';

/** Reserved IP addresses (regional). */
export const addressResource: ComputeResource<compute_v1.Schema$Address> = {
  ...computeKind('addresses'),
  columns: addressColumns,
  listColumns: ['address', 'address_type', 'status', 'purpose', 'users'],
  ...scopedCollection<compute_v1.Schema$Address>({
    collection: 'addresses',
    itemKind: 'compute#address',
    scope: 'regions',
    aggregatedList: (c, params) => c.addresses.aggregatedList(params, noRetry),
    get: (c, at) => c.addresses.get({ project: at.project, region: at.location, address: at.name }, noRetry),
  }),
  convert: convertAddress,
  identify: identifyBy('address'),
};
