import type { compute_v1 } from '@googleapis/compute';
import { getOrGone } from '../get-or-gone.js';
import { aggregatedPages, type AggregatedListBody, type ListParams } from '../paging.js';
import type { Address } from './collection.js';
import type { ComputeResource } from './compute-resource.js';

type Client = compute_v1.Compute;
type Reply<T> = Promise<{ data: T }>;

/**
 * List and get of a type Google serves both globally (`<collection>`) and per region (`region<Collection>`),
 * whose aggregatedList holds both (a `global` scope beside the regions): one listing, location 'global' or the
 * region; a get goes to the collection the stored location names.
 */
export function globalAndRegionalCollection<T>(spec: {
  collection: string;
  itemKind: string;
  /** The aggregatedList's kind when it is not `<itemKind>AggregatedList` (`compute#healthChecksAggregatedList`). */
  listKind?: string;
  aggregatedList: (client: Client, params: ListParams) => Reply<AggregatedListBody>;
  get: (client: Client, at: Address) => Reply<T>;
  regionalGet: (client: Client, at: Address) => Reply<T>;
}): Pick<ComputeResource<T>, 'list' | 'get'> {
  const { collection } = spec;
  const regional = `region${collection.charAt(0).toUpperCase()}${collection.slice(1)}`;
  const kind = spec.listKind ?? `${spec.itemKind}AggregatedList`;
  return {
    list: (client, ctx) =>
      aggregatedPages<T>(ctx, { method: `${collection}.aggregatedList`, kind, field: collection }, (params) =>
        spec.aggregatedList(client, params),
      ),
    get: (client, ctx, ref) => {
      const at = { project: ctx.projectId, location: ref.location, name: ref.name };
      const global = at.location === 'global';
      const scope = global ? 'global' : `regions/${at.location}`;
      const path = `projects/${at.project}/${scope}/${collection}/${at.name}`;
      const method = `${global ? collection : regional}.get`;
      return getOrGone(ctx.api, { method, kind: spec.itemKind, path }, () =>
        global ? spec.get(client, at) : spec.regionalGet(client, at),
      );
    },
  };
}
