import type { ListContext, ListPage } from '../provider/resource.js';
import type { VngCaller } from './vng-caller.js';
import type { VngClient } from './vng-client.js';
import { parseVngScope } from './scope.js';
import type { VngPaging } from './types.js';

/** What a VNG list or get call needs besides the client; its scope is `<projectId>/<region>`. */
export type VngContext = ListContext<VngCaller>;

/** The location of every VNG row: a scope is one project in one region, listed whole, so deletion may happen anywhere in it. */
export const VNG_LOCATION = 'global';

/** Largest page the vServer API is asked for. */
const MAX_PAGE_SIZE = 100;

/**
 * Pages a vServer listing with `page` (from 1) and `size` until `page` reaches `totalPage`. Each body must be the
 * paging envelope `{ listData, page, pageSize, totalPage, totalItem }` answering the page asked for; anything else
 * is malformed (retried, never taken for an empty page). `each` may enrich or clean an item.
 */
export async function* pagedList<T, R = T>(
  client: VngClient,
  ctx: VngContext,
  collection: string,
  each: (item: T) => Promise<R> | R = (item) => item as unknown as R,
): AsyncIterable<ListPage<R>> {
  const { projectId, region } = parseVngScope(ctx.scope);
  const path = `/v2/${encodeURIComponent(projectId)}/${collection}`;
  const size = String(Math.max(1, Math.min(MAX_PAGE_SIZE, ctx.pageSize)));
  for (let page = 1; ; page++) {
    const body = await ctx.api.get(client, region, path, { page: String(page), size }, (b) =>
      envelope<T>(b, page),
    );
    const items: R[] = [];
    for (const item of body.listData) items.push(await each(item));
    yield { items, locations: [VNG_LOCATION], unreachable: [] };
    if (page >= body.totalPage) return;
  }
}

/** The envelope of one page, or a throw naming what is wrong with it. */
export function envelope<T>(body: unknown, page: number): VngPaging<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error('body is not a JSON object');
  const b = body as Partial<VngPaging<unknown>>;
  if (!Array.isArray(b.listData)) throw new Error('listData is not an array');
  for (const key of ['page', 'pageSize', 'totalPage', 'totalItem'] as const)
    if (!Number.isInteger(b[key]) || (b[key] as number) < 0) throw new Error(`${key} is not a count`);
  if (b.page !== page) throw new Error(`answered page ${b.page} for page ${page}`);
  if (b.listData.some((item) => typeof item !== 'object' || item === null))
    throw new Error('listData holds a non-object');
  if (b.totalItem! > 0 && b.totalPage! < 1) throw new Error('totalItem without pages');
  if (b.listData.length > 0 && page > b.totalPage!)
    throw new Error(`page ${page} beyond totalPage ${b.totalPage}`);
  return b as VngPaging<T>;
}

/** `body.data`, when the body is the API's `{ data: … }` answer of one object. */
export function dataOf<T>(body: unknown): T {
  const data = (body as { data?: unknown } | null)?.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error('data is not an object');
  return data as T;
}

/** A JSON array of objects, or a throw naming what it is. */
export function arrayOfObjects<T>(value: unknown, what: string): T[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not an array`);
  if (value.some((item) => typeof item !== 'object' || item === null))
    throw new Error(`${what} holds a non-object`);
  return value as T[];
}

/** A JSON object, or a throw naming what it is. */
export function objectOf<T>(value: unknown, what: string): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${what} is not an object`);
  return value as T;
}

/** Pure: the string id a VNG object carries in `field`, or a throw naming the kind. */
export function vngId(kind: string, item: unknown, field: string): string {
  const id = (item as Record<string, unknown> | null)?.[field];
  if (typeof id !== 'string' || id.length === 0 || id.length > 200)
    throw new Error(`${kind} without a valid ${field}`);
  return id;
}
