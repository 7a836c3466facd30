import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { identifyBy } from '../identity.js';
import { convertUrlMap } from './convert.js';
import { getUrlMap } from './get.js';
import { listUrlMaps } from './list.js';

/** Compute Engine URL maps, global and regional (one aggregatedList holds both). */
export const urlMapResource: ComputeResource<compute_v1.Schema$UrlMap> = {
  kind: 'gcp.compute.urlMap',
  plural: 'urlMaps',
  activityName: 'IngestUrlMaps',
  table: 'gcp_compute_url_maps',
  columns: {
    default_service: 'text',
    services: 'text[]',
    hosts: 'text[]',
  },
  listColumns: ['default_service', 'hosts'],
  list: listUrlMaps,
  get: getUrlMap,
  convert: convertUrlMap,
  identify: identifyBy('urlMap'),
};
