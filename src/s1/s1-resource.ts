import type { ResourceDefinition, StoredRef } from '../provider/resource.js';
import { accountFilter, arrayOf, type S1Context } from './paging.js';
import type { S1Caller } from './s1-caller.js';
import { S1_ID } from '../config/provider-ids.js';
import type { S1Client } from './s1-client.js';

/** A SentinelOne resource: the engine's contract with the session's S1 client and the paced caller. */
export type S1Resource<T> = ResourceDefinition<T, S1Client, S1Caller>;

/** Pure: an S1 object's id (a non-empty decimal string), or a throw naming the kind. */
export function s1Id(kind: string, item: unknown): string {
  const id = (item as { id?: unknown } | null)?.id;
  if (typeof id !== 'string' || !S1_ID.test(id)) throw new Error(`${kind} without a valid id`);
  return id;
}

/**
 * One object by id through its list endpoint's id filter (`ids`, `siteIds`, `groupIds`): 'gone' only when the
 * console answers a well-formed listing without it.
 */
export async function getById<T extends { id: string }>(
  client: S1Client,
  ctx: S1Context,
  ref: StoredRef,
  path: string,
  idParam: string,
  items: (data: unknown) => T[] = (data) => arrayOf<T>(data),
): Promise<T | 'gone'> {
  const params = { ...accountFilter(client), [idParam]: ref.id, limit: '1' };
  const found = await ctx.api.get(client, path, params, (body) =>
    items((body as { data?: unknown } | null)?.data),
  );
  return found.find((item) => item.id === ref.id) ?? 'gone';
}
