import type { compute_v1 } from '@googleapis/compute';
import { getOrGone } from '../get-or-gone.js';
import {
  aggregatedPages,
  listPages,
  type AggregatedListBody,
  type ListBody,
  type ListParams,
} from '../paging.js';
import type { StoredRef } from '../../provider/resource.js';
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

/** Where a collection's objects live: per zone, per region, or global. */
export type CollectionScope = 'zones' | 'regions' | 'global';

/**
 * Whether a stored object of a collection that has a regional twin (`regionDisks`, `regionInstanceTemplates`,
 * …) lives in a region: its selfLink says `/regions/`; without a selfLink, a global collection's object at any
 * location but `global`.
 */
export function storedInRegion(
  ref: Pick<StoredRef, 'selfLink' | 'location'>,
  scope: CollectionScope,
): boolean {
  if (ref.selfLink) return ref.selfLink.includes('/regions/');
  return scope === 'global' && ref.location !== 'global';
}

/**
 * List and get of a zonal, regional or global collection served by one aggregatedList (one call per 500 across
 * all locations; `field` names the scoped list, default the collection; `listKind` the response kind when it is
 * not `<itemKind>AggregatedList`). With `regionalGet`, the aggregatedList also holds the regional twin's objects
 * (`region<Collection>`): a stored object in a region (storedInRegion) is got there, any other with `get`.
 * A zonal or regional collection ignores the aggregatedList's `global` scope: Google puts another kind's objects
 * there (global addresses, global forwarding rules), which that kind lists, stores and deletes on its own evidence.
 */
export function scopedCollection<T>(spec: {
  collection: string;
  /** The URL segment of an object when it is not the collection's name (`firewallPolicies`). */
  path?: string;
  itemKind: string;
  scope: CollectionScope;
  field?: string;
  listKind?: string;
  aggregatedList: (client: Client, params: ListParams) => Reply<AggregatedListBody>;
  get: (client: Client, at: Address) => Reply<T>;
  regionalGet?: (client: Client, at: Address) => Reply<T>;
}): Pick<ComputeResource<T>, 'list' | 'get' | 'assetTypes'> {
  const { collection, regionalGet } = spec;
  const method = `${collection}.aggregatedList`;
  const kind = spec.listKind ?? `${spec.itemKind}AggregatedList`;
  const twin = `region${collection.charAt(0).toUpperCase()}${collection.slice(1)}`;
  const assetType = cloudAssetType(spec.itemKind);
  return {
    assetTypes: regionalGet ? [assetType, cloudAssetType(spec.itemKind, 'Region')] : [assetType],
    list: (client, ctx) =>
      aggregatedPages<T>(
        ctx,
        { method, kind, field: spec.field ?? collection, skipGlobal: spec.scope !== 'global' },
        (params) => spec.aggregatedList(client, params),
      ),
    get: (client, ctx, ref) => {
      const at = { project: ctx.scope, location: ref.location, name: ref.name };
      const regional = regionalGet !== undefined && storedInRegion(ref, spec.scope);
      const scope = regional ? 'regions' : spec.scope;
      const where = scope === 'global' ? 'global' : `${scope}/${at.location}`;
      const path = `projects/${at.project}/${where}/${spec.path ?? collection}/${at.name}`;
      const call = { method: `${regional ? twin : collection}.get`, kind: spec.itemKind, path };
      return getOrGone(ctx.api, call, () => (regional ? regionalGet(client, at) : spec.get(client, at)));
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
}): Pick<ComputeResource<T>, 'list' | 'get' | 'assetTypes'> {
  const kind = `${spec.itemKind}List`;
  return {
    assetTypes: [cloudAssetType(spec.itemKind)],
    list: (client, ctx) =>
      listPages<T>(ctx, { method: `${spec.collection}.list`, kind }, (params) => spec.list(client, params)),
    get: (client, ctx, ref) => {
      const at = { project: ctx.scope, location: 'global', name: ref.name };
      const path = `projects/${at.project}/global/${spec.path ?? spec.collection}/${at.name}`;
      return getOrGone(ctx.api, { method: `${spec.collection}.get`, kind: spec.itemKind, path }, () =>
        spec.get(client, at),
      );
    },
  };
}

/** Cloud Asset Inventory's type of a Compute object kind: `compute#forwardingRule` → `compute.googleapis.com/ForwardingRule`. */
export function cloudAssetType(itemKind: string, prefix = ''): string {
  const name = itemKind.replace(/^compute#/, '');
  return `compute.googleapis.com/${prefix}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}
