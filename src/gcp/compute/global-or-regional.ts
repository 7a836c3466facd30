import type { compute_v1 } from '@googleapis/compute';
import type { AggregatedListBody, ListParams } from '../paging.js';
import { scopedCollection, type Address } from './collection.js';
import type { ComputeResource } from './compute-resource.js';

type Client = compute_v1.Compute;
type Reply<T> = Promise<{ data: T }>;

/**
 * List and get of a type Google serves both globally (`<collection>`) and per region (`region<Collection>`),
 * whose aggregatedList holds both (a `global` scope beside the regions): one listing, location 'global' or the
 * region; a get goes to the collection the stored object lives in.
 */
export function globalAndRegionalCollection<T>(spec: {
  collection: string;
  itemKind: string;
  /** The aggregatedList's kind when it is not `<itemKind>AggregatedList` (`compute#healthChecksAggregatedList`). */
  listKind?: string;
  aggregatedList: (client: Client, params: ListParams) => Reply<AggregatedListBody>;
  get: (client: Client, at: Address) => Reply<T>;
  regionalGet: (client: Client, at: Address) => Reply<T>;
}): Pick<ComputeResource<T>, 'list' | 'get' | 'assetTypes'> {
  return scopedCollection<T>({ ...spec, scope: 'global' });
}
