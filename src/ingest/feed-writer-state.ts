import { sql, type Kysely } from 'kysely';
import type { ResourceDefinition } from '../provider/resource.js';

/**
 * A version of one resource as a batch judges it (times in ms): a stored history row, or one the batch adds. The
 * observation times say when the store saw its start and its deletion: a feed event's time, else the latest listing
 * of the scope begun by then.
 */
export interface BatchVersion {
  validFrom: number;
  /** The stored row's valid_from as the database prints it (its key); absent for a version this batch adds. */
  key?: string;
  validTo: number | null;
  deletedAt: number | null;
  raw: unknown;
  /** As the database prints it, or an ISO time the batch chose. */
  firstSeen: string;
  feedStart: number | null;
  feedEnd: number | null;
  listedStart: number | null;
  listedEnd: number | null;
  /** The typed row's JSON, for a version this batch adds. */
  json?: string;
  /** The batch changed valid_to/deleted_at, or first_seen, of a stored row. */
  setEnd?: boolean;
  setFirstSeen?: boolean;
}

/** A `feed_versions` row of the resource, keyed by valid_from (ms); `messageId` set when the batch adds it. */
export interface FeedRecord {
  deleted: boolean;
  event: number;
  messageId?: string;
}

/** What the batch knows of one resource: its versions oldest first, its feed records, whether its current row changes. */
export interface ResourceState {
  versions: BatchVersion[];
  records: Map<number, FeedRecord>;
  currentDirty: boolean;
}

/** When the store observed a version's start. */
export const seenStart = (v: BatchVersion): number => v.feedStart ?? v.listedStart ?? v.validFrom;

/** When the store observed a version's deletion, if deleted. */
export const seenEnd = (v: BatchVersion): number | null =>
  v.deletedAt === null ? null : (v.feedEnd ?? v.listedEnd ?? v.deletedAt);

const ms = (x: unknown) => (x === null || x === undefined ? null : Number(x));
const time = (x: unknown) => (x === null || x === undefined ? null : new Date(x as string).getTime());

/**
 * Reads what the store holds of the resources `ids` of a scope in two queries: every history row (with when the store
 * observed its start and deletion) and every feed record.
 */
export async function loadStates(
  tx: Kysely<unknown>,
  resource: ResourceDefinition,
  scope: string,
  ids: readonly string[],
): Promise<Map<string, ResourceState>> {
  const states = new Map<string, ResourceState>(
    ids.map((id) => [id, { versions: [], records: new Map(), currentDirty: false }]),
  );
  const feedAt = (at: string, deleted: boolean) => sql`(select extract(epoch from f.event_time) * 1000
    from feed_versions f where f.scope = h.scope and f.resource_kind = ${resource.kind}
      and f.resource_id = h.id and f.valid_from = ${sql.raw(at)} and f.deleted = ${deleted})`;
  const listedBy = (at: string) => sql`(select extract(epoch from max(s.started_at)) * 1000
    from ingest_scope_results s where s.scope = h.scope and s.resource_kind = ${resource.kind}
      and s.started_at <= ${sql.raw(at)})`;
  const history = await sql<Record<string, unknown>>`
    select h.id, h.valid_from::text as key, h.valid_from, h.valid_to, h.deleted_at, h.raw,
      h.first_seen::text as first_seen,
      ${feedAt('h.valid_from', false)} as feed_start, ${feedAt('h.deleted_at', true)} as feed_end,
      ${listedBy('h.valid_from')} as listed_start, ${listedBy('h.deleted_at')} as listed_end
    from ${sql.table(`${resource.table}_history`)} h
    where h.scope = ${scope} and h.id = any(${[...ids]}::text[])
    order by h.id, h.valid_from`.execute(tx);
  for (const row of history.rows) {
    const deletedAt = time(row.deleted_at);
    states.get(row.id as string)!.versions.push({
      validFrom: time(row.valid_from)!,
      key: row.key as string,
      validTo: time(row.valid_to),
      deletedAt,
      raw: row.raw,
      firstSeen: row.first_seen as string,
      feedStart: ms(row.feed_start),
      feedEnd: deletedAt === null ? null : ms(row.feed_end),
      listedStart: ms(row.listed_start),
      listedEnd: deletedAt === null ? null : ms(row.listed_end),
    });
  }
  const records = await sql<{ id: string; vf: string; deleted: boolean; ev: string }>`
    select resource_id as id, extract(epoch from valid_from) * 1000 as vf, deleted,
      extract(epoch from event_time) * 1000 as ev
    from feed_versions where scope = ${scope} and resource_kind = ${resource.kind}
      and resource_id = any(${[...ids]}::text[])`.execute(tx);
  for (const r of records.rows)
    states
      .get(r.id)!
      .records.set(Math.round(Number(r.vf)), { deleted: r.deleted, event: Math.round(Number(r.ev)) });
  return states;
}
