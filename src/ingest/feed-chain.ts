import { sql, type Kysely } from 'kysely';
import { isDeepStrictEqual } from 'node:util';
import type { ResourceDefinition } from '../provider/resource.js';

/** A hole in a resource's feed chain: the event at `time` said the object before it was `prior`. */
export interface FeedHole {
  scope: string;
  resource: ResourceDefinition;
  id: string;
  time: Date;
  prior: unknown;
}

/**
 * Whether the hole has been filled: the version history holds just before the event is its prior object (the
 * missing event arrived late, reordered), or a listing of the scope began after the event (it read the object anew).
 */
export async function holeFilled(db: Kysely<unknown>, hole: FeedHole): Promise<boolean> {
  const at = hole.time.toISOString();
  const before = await sql<{ raw: unknown }>`
    select raw from ${sql.table(`${hole.resource.table}_history`)}
    where scope = ${hole.scope} and id = ${hole.id} and valid_from < ${at}::timestamptz
    order by valid_from desc limit 1`.execute(db);
  if (before.rows.length && isDeepStrictEqual(before.rows[0]!.raw, hole.prior)) return true;
  const listed = await sql<{ n: number }>`
    select 1 as n from ingest_scope_results where scope = ${hole.scope}
      and resource_kind = ${hole.resource.kind} and started_at > ${at}::timestamptz limit 1`.execute(db);
  return listed.rows.length > 0;
}
