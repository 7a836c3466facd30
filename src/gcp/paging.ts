/** One page of a listing, flattened across scopes. */
export interface ListPage<T> {
  items: T[];
  /** Locations (zone / region names, or 'global') listed on this page. */
  locations: string[];
  /** Locations the API could not reach (`unreachables`, or a scope warned UNREACHABLE). */
  unreachable: string[];
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

/** `zones/us-central1-a` → `us-central1-a`; `regions/x` → `x`; `global` stays. */
export function scopeLocation(scope: string): string {
  return scope.slice(scope.indexOf('/') + 1);
}

/** Pages an aggregatedList until no nextPageToken; `field` is the scoped list's array (`instances`, `disks`). */
export async function* aggregatedPages<T>(
  fetchPage: (pageToken: string | undefined) => Promise<AggregatedListBody>,
  field: string,
): AsyncGenerator<ListPage<T>> {
  let pageToken: string | undefined;
  do {
    const body = await fetchPage(pageToken);
    const page: ListPage<T> = {
      items: [],
      locations: [],
      unreachable: (body.unreachables ?? []).map(scopeLocation),
    };
    for (const [scope, value] of Object.entries(body.items ?? {})) {
      const scoped = value as { warning?: { code?: string | null } | null; [field: string]: unknown };
      const location = scopeLocation(scope);
      if (scoped.warning?.code === 'UNREACHABLE') {
        page.unreachable.push(location);
        continue;
      }
      page.locations.push(location);
      const items = scoped[field];
      if (Array.isArray(items)) page.items.push(...(items as T[]));
    }
    yield page;
    pageToken = body.nextPageToken ?? undefined;
  } while (pageToken);
}

/** Pages a global list until no nextPageToken. */
export async function* listPages<T>(
  fetchPage: (pageToken: string | undefined) => Promise<ListBody<T>>,
): AsyncGenerator<ListPage<T>> {
  let pageToken: string | undefined;
  do {
    const body = await fetchPage(pageToken);
    yield {
      items: body.items ?? [],
      locations: ['global'],
      unreachable: (body.unreachables ?? []).map(scopeLocation),
    };
    pageToken = body.nextPageToken ?? undefined;
  } while (pageToken);
}
