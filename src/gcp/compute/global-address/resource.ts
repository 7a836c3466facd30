import type { compute_v1 } from '@googleapis/compute';
import { addressColumns, convertAddress } from '../address/convert.js';
import { globalCollection, noRetry } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';

/** Reserved global IP addresses (global anycast and internal ranges). */
export const globalAddressResource: ComputeResource<compute_v1.Schema$Address> = {
  ...computeKind('globalAddresses'),
  columns: addressColumns,
  listColumns: ['address', 'address_type', 'status', 'purpose', 'users'],
  ...globalCollection<compute_v1.Schema$Address>({
    collection: 'globalAddresses',
    path: 'addresses',
    itemKind: 'compute#address',
    list: (c, params) => c.globalAddresses.list(params, noRetry),
    get: (c, at) => c.globalAddresses.get({ project: at.project, address: at.name }, noRetry),
  }),
  /** Cloud Asset names global addresses apart from regional ones. */
  assetTypes: ['compute.googleapis.com/GlobalAddress'],
  convert: convertAddress,
  identify: identifyBy('global address'),
};
