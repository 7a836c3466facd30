import type { compute_v1 } from '@googleapis/compute';
import { noRetry, scopedCollection } from '../collection.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertRouter } from './convert.js';

/** Cloud Routers with their Cloud NAT configuration (regional). */
export const routerResource: ComputeResource<compute_v1.Schema$Router> = {
  ...computeKind('routers'),
  columns: {
    network: 'text',
    bgp_asn: 'bigint',
    nat_names: 'text[]',
    nat_ip_allocation: 'text[]',
    nat_source_ranges: 'text[]',
  },
  listColumns: ['network', 'bgp_asn', 'nat_names'],
  ...scopedCollection<compute_v1.Schema$Router>({
    collection: 'routers',
    itemKind: 'compute#router',
    scope: 'regions',
    aggregatedList: (c, params) => c.routers.aggregatedList(params, noRetry),
    get: (c, at) => c.routers.get({ project: at.project, region: at.location, router: at.name }, noRetry),
  }),
  convert: convertRouter,
  identify: identifyBy('router'),
};
