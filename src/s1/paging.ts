import type { ListContext, ListPage } from '../provider/resource.js';
import type { S1Caller } from './s1-caller.js';
import type { S1Client } from './s1-client.js';
import type { S1Pagination } from './types.js';

/** What an S1 list or get call needs besides the client; its scope is the console. */
export type S1Context = ListContext<S1Caller>;

/** The single location of S1 rows: a listing covers the whole console, so deletion may happen everywhere in it. */
export const S1_LOCATION = 'global';

/**
 * Pages an S1 list with `limit` and `cursor` until `pagination.nextCursor` is null; `items` picks the objects out
 * of a body and throws when the body is not a listing of this method (so a malformed page is retried, never
 * taken for an empty one).
 */
export async function* cursorPages<T>(
  client: S1Client,
  ctx: S1Context,
  path: string,
  items: (data: unknown) => T[],
  filter: Record<string, string> = {},
): AsyncIterable<ListPage<T>> {
  let cursor: string | null = null;
  const base = { ...filter, ...accountFilter(client), limit: String(Math.min(1000, ctx.pageSize)) };
  do {
    const params: Record<string, string> = cursor ? { ...base, cursor } : base;
    const page = await ctx.api.get(client, path, params, (body) => listing(body, items));
    cursor = page.pagination.nextCursor;
    yield { items: page.items, locations: [S1_LOCATION], unreachable: [] };
  } while (cursor);
}

/** The `accountIds` query parameter, when the client is narrowed to some accounts. */
export function accountFilter(client: S1Client): Record<string, string> {
  return client.accountIds.length ? { accountIds: client.accountIds.join(',') } : {};
}

function listing<T>(body: unknown, items: (data: unknown) => T[]): { items: T[]; pagination: S1Pagination } {
  if (typeof body !== 'object' || body === null) throw new Error('body is not a JSON object');
  const { data, pagination } = body as { data?: unknown; pagination?: Partial<S1Pagination> };
  if (typeof pagination !== 'object' || pagination === null) throw new Error('no pagination object');
  const next = pagination.nextCursor;
  if (next !== null && typeof next !== 'string')
    throw new Error('pagination.nextCursor is not a string or null');
  return {
    items: items(data),
    pagination: { nextCursor: next, totalItems: Number(pagination.totalItems ?? 0) },
  };
}

/** `data` as an array of objects, or a throw naming what it is. */
export function arrayOf<T>(data: unknown, what = 'data'): T[] {
  if (!Array.isArray(data)) throw new Error(`${what} is not an array`);
  return data as T[];
}
