import type { compute_v1 } from '@googleapis/compute';
import { noRetry } from '../collection.js';
import { globalAndRegionalCollection } from '../global-or-regional.js';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertUrlMap } from './convert.js';

/** Compute Engine URL maps, global and regional (one aggregatedList holds both). */
export const urlMapResource: ComputeResource<compute_v1.Schema$UrlMap> = {
  ...computeKind('urlMaps'),
  columns: {
    default_service: 'text',
    services: 'text[]',
    hosts: 'text[]',
  },
  listColumns: ['default_service', 'hosts'],
  ...globalAndRegionalCollection<compute_v1.Schema$UrlMap>({
    collection: 'urlMaps',
    itemKind: 'compute#urlMap',
    listKind: 'compute#urlMapsAggregatedList',
    aggregatedList: (c, params) => c.urlMaps.aggregatedList(params, noRetry),
    get: (c, at) => c.urlMaps.get({ project: at.project, urlMap: at.name }, noRetry),
    regionalGet: (c, at) =>
      c.regionUrlMaps.get({ project: at.project, region: at.location, urlMap: at.name }, noRetry),
  }),
  convert: convertUrlMap,
  identify: identifyBy('URL map'),
};
