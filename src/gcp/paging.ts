import type { ListPage } from '../provider/resource.js';
import type { GoogleApiCaller } from './google-api-caller.js';
import { checkAggregatedListing, checkListing } from './listing-shape.js';

export type { ListPage } from '../provider/resource.js';

/** Who lists: the scope (a project), the page size, the paced and retrying caller. */
interface PagingContext {
  scope: string;
  pageSize: number;
  api: GoogleApiCaller;
}

/** The body of an aggregatedList response. */
export interface AggregatedListBody {
  items?: { [scope: string]: unknown } | null;
  nextPageToken?: string | null;
  unreachables?: string[] | null;
}

/** The body of a (global) list response. */
export interface ListBody<T> {
  items?: T[] | null;
  nextPageToken?: string | null;
  unreachables?: string[] | null;
}

/** Query parameters every listing call sends. */
export interface ListParams {
  project: string;
  maxResults: number;
  pageToken: string | undefined;
  returnPartialSuccess: true;
}

/** What identifies a listing method: its name for logs and faults, and the `kind` its response must carry. */
export interface ListingMethod {
  /** e.g. `instances.aggregatedList`. */
  method: string;
  /** e.g. `compute#instanceAggregatedList`. */
  kind: string;
}

/** `zones/us-central1-a` → `us-central1-a`; `regions/x` → `x`; `global` stays. */
function scopeLocation(scope: string): string {
  return scope.slice(scope.indexOf('/') + 1);
}

/**
 * Pages an aggregatedList until no nextPageToken; `field` is the scoped list's array (`instances`, `disks`).
 * Every page must be a well-formed listing of the method (else GcpMalformedResponse, retried by the caller).
 * With `skipGlobal`, the `global` scope (another kind's objects: `addresses.aggregatedList` carries the global
 * addresses) yields neither items nor a covered or unreachable location.
 */
export async function* aggregatedPages<T>(
  ctx: PagingContext,
  spec: ListingMethod & { field: string; skipGlobal?: boolean },
  fetch: (params: ListParams) => Promise<{ data: AggregatedListBody }>,
): AsyncGenerator<ListPage<T>> {
  const what = `${spec.method} ${ctx.scope}`;
  let pageToken: string | undefined;
  do {
    const params: ListParams = {
      project: ctx.scope,
      maxResults: ctx.pageSize,
      pageToken,
      returnPartialSuccess: true,
    };
    const body = await ctx.api.call(
      what,
      () => fetch(params),
      (b) => checkAggregatedListing(b, spec.kind, spec.field, what),
    );
    const page: ListPage<T> = {
      items: [],
      locations: [],
      unreachable: (body.unreachables ?? [])
        .filter((scope) => !(spec.skipGlobal && scope === 'global'))
        .map(scopeLocation),
    };
    for (const [scope, value] of Object.entries(body.items ?? {})) {
      if (spec.skipGlobal && scope === 'global') continue;
      const scoped = value as { warning?: { code?: string | null } | null; [field: string]: unknown };
      const location = scopeLocation(scope);
      const code = scoped.warning?.code;
      if (code && code !== 'NO_RESULTS_ON_PAGE') page.unreachable.push(location);
      else page.locations.push(location);
      const items = scoped[spec.field];
      if (Array.isArray(items)) page.items.push(...(items as T[]));
    }
    yield page;
    pageToken = body.nextPageToken ?? undefined;
  } while (pageToken);
}

/** Pages a global list until no nextPageToken; every page must be a well-formed listing of the method. */
export async function* listPages<T>(
  ctx: PagingContext,
  spec: ListingMethod,
  fetch: (params: ListParams) => Promise<{ data: ListBody<T> }>,
): AsyncGenerator<ListPage<T>> {
  const what = `${spec.method} ${ctx.scope}`;
  let pageToken: string | undefined;
  do {
    const params: ListParams = {
      project: ctx.scope,
      maxResults: ctx.pageSize,
      pageToken,
      returnPartialSuccess: true,
    };
    const body = await ctx.api.call(
      what,
      () => fetch(params),
      (b) => checkListing(b, spec.kind, what),
    );
    yield {
      items: body.items ?? [],
      locations: ['global'],
      unreachable: (body.unreachables ?? []).map(scopeLocation),
    };
    pageToken = body.nextPageToken ?? undefined;
  } while (pageToken);
}
