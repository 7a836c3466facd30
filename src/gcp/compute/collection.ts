import type { compute_v1 } from '@googleapis/compute';
import { getOrGone } from '../get-or-gone.js';
import {
  aggregatedPages,
  listPages,
  type AggregatedListBody,
  type ListBody,
  type ListParams,
} from '../paging.js';
import type { ComputeResource } from './compute-resource.js';

/** Google's client options for every Hotpot call: our caller retries, gaxios must not. */
export const noRetry = { retry: false } as const;

type Client = compute_v1.Compute;
type Reply<T> = Promise<{ data: T }>;

/** Where one resource lives, to get it again: its project, zone or region name (or 'global'), and name. */
export interface Address {
  project: string;
  location: string;
  name: string;
}

/**
 * List and get of a zonal or regional collection: aggregatedList (one call per 500 across all locations,
 * `field` names the scoped list, default the collection) and get by location and name.
 */
export function scopedCollection<T>(spec: {
  collection: string;
  itemKind: string;
  scope: 'zones' | 'regions';
  field?: string;
  aggregatedList: (client: Client, params: ListParams) => Reply<AggregatedListBody>;
  get: (client: Client, at: Address) => Reply<T>;
}): Pick<ComputeResource<T>, 'list' | 'get'> {
  const method = `${spec.collection}.aggregatedList`;
  const kind = `${spec.itemKind}AggregatedList`;
  return {
    list: (client, ctx) =>
      aggregatedPages<T>(ctx, { method, kind, field: spec.field ?? spec.collection }, (params) =>
        spec.aggregatedList(client, params),
      ),
    get: (client, ctx, ref) => {
      const at = { project: ctx.projectId, location: ref.location, name: ref.name };
      const path = `projects/${at.project}/${spec.scope}/${at.location}/${spec.collection}/${at.name}`;
      return getOrGone(ctx.api, { method: `${spec.collection}.get`, kind: spec.itemKind, path }, () =>
        spec.get(client, at),
      );
    },
  };
}

/** List and get of a global collection (`path` is its URL segment when it differs from the method prefix). */
export function globalCollection<T>(spec: {
  collection: string;
  path?: string;
  itemKind: string;
  list: (client: Client, params: ListParams) => Reply<ListBody<T>>;
  get: (client: Client, at: Address) => Reply<T>;
}): Pick<ComputeResource<T>, 'list' | 'get'> {
  const kind = `${spec.itemKind}List`;
  return {
    list: (client, ctx) =>
      listPages<T>(ctx, { method: `${spec.collection}.list`, kind }, (params) => spec.list(client, params)),
    get: (client, ctx, ref) => {
      const at = { project: ctx.projectId, location: 'global', name: ref.name };
      const path = `projects/${at.project}/global/${spec.path ?? spec.collection}/${at.name}`;
      return getOrGone(ctx.api, { method: `${spec.collection}.get`, kind: spec.itemKind, path }, () =>
        spec.get(client, at),
      );
    },
  };
}
