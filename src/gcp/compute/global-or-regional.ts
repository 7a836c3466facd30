import { getOrGone, type Presence } from '../get-or-gone.js';
import type { StoredRef } from '../../ingest/resource.js';
import type { ComputeContext } from './compute-resource.js';

/** The two get calls of a type Google serves both globally (`<collection>`) and per region (`region<Collection>`). */
export interface GlobalOrRegionalGets<T> {
  global: () => Promise<{ data: T }>;
  regional: (region: string) => Promise<{ data: T }>;
}

/**
 * Gets a resource of a type whose aggregatedList holds global and regional resources, by its stored location:
 * `<collection>.get` for 'global', else `region<Collection>.get`; 'gone' on Google's 404 naming it.
 */
export function getGlobalOrRegional<T>(
  ctx: ComputeContext,
  ref: StoredRef,
  spec: { collection: string; kind: string },
  gets: GlobalOrRegionalGets<T>,
): Promise<Presence<T>> {
  const regional = ref.location !== 'global';
  const scope = regional ? `regions/${ref.location}` : 'global';
  const path = `projects/${ctx.projectId}/${scope}/${spec.collection}/${ref.name}`;
  const collection = spec.collection;
  const method = regional
    ? `region${collection.charAt(0).toUpperCase()}${collection.slice(1)}.get`
    : `${collection}.get`;
  return getOrGone(ctx.api, { method, kind: spec.kind, path }, () =>
    regional ? gets.regional(ref.location) : gets.global(),
  );
}
