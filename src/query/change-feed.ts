import { sql, type Kysely } from 'kysely';
import { KIND_NAMES, kindSpec, type Kind } from './kinds.js';

/** One event of the changes feed: a version that began (created or modified) or a deletion. */
export interface FeedEntry {
  change: 'created' | 'modified' | 'deleted';
  kind: Kind;
  scope: string;
  id: string;
  name: string;
  location: string;
  at: Date;
  /** `at` in microseconds since the epoch: exact, for cursors (a Date keeps only milliseconds). */
  at_us: number;
  /** `feed` when a change-feed event wrote this version (or deletion), `sync` when a full sync's listing did. */
  source: 'feed' | 'sync';
}

/** Where the next page of the feed starts: the last entry of the page before. */
export interface FeedCursor {
  atUs: number;
  kind: Kind;
  project: string;
  id: string;
}

/** Which events the feed shows: in (from, to], optionally one kind and one project, newest first. */
export interface FeedFilter {
  from: Date;
  to: Date;
  kind?: Kind;
  project?: string;
  after?: FeedCursor;
  limit: number;
}

const micros = (column: string) => sql`(extract(epoch from ${sql.ref(column)}) * 1000000)::bigint`;

/** Events newest first (ties by kind, then the database's order of project, id), keyset-paged, from every kind's history. */
export async function changeFeed(
  db: Kysely<unknown>,
  filter: FeedFilter,
): Promise<{ entries: FeedEntry[]; next: FeedCursor | null }> {
  const kinds = filter.kind === undefined ? KIND_NAMES : [filter.kind];
  const entries: FeedEntry[] = [];
  for (const kind of kinds) {
    const table = sql.table(`${kindSpec(kind).table}_history`);
    const inProject = filter.project === undefined ? sql`` : sql`and scope = ${filter.project}`;
    const source = (at: string, deleted: boolean) => sql`case when exists (select 1 from feed_versions f
      where f.scope = h.scope and f.resource_kind = ${kindSpec(kind).resourceKind} and f.resource_id = h.id
        and f.valid_from = ${sql.ref(`h.${at}`)} and f.deleted = ${deleted}) then 'feed' else 'sync' end`;
    const result = await sql<Omit<FeedEntry, 'kind'>>`
      select * from (
        select case when valid_from = first_seen then 'created' else 'modified' end as change,
          scope, id, name, location, valid_from as at, ${micros('valid_from')} as at_us,
          ${source('valid_from', false)} as source
        from ${table} h where valid_from > ${filter.from} and valid_from <= ${filter.to} ${inProject}
        union all
        select 'deleted', scope, id, name, location, deleted_at, ${micros('deleted_at')},
          ${source('deleted_at', true)}
        from ${table} h where deleted_at > ${filter.from} and deleted_at <= ${filter.to} ${inProject}
      ) e ${afterCursor(kind, filter.after)}
      order by at_us desc, scope, id, change limit ${filter.limit + 1}`.execute(db);
    entries.push(...result.rows.map((r) => ({ ...r, kind })));
  }
  const order = (k: Kind) => KIND_NAMES.indexOf(k);
  entries.sort((a, b) => b.at_us - a.at_us || order(a.kind) - order(b.kind));
  const page = entries.slice(0, filter.limit);
  const last = page.at(-1);
  const next =
    entries.length > filter.limit && last !== undefined
      ? { atUs: last.at_us, kind: last.kind, project: last.scope, id: last.id }
      : null;
  return { entries: page, next };
}

function afterCursor(kind: Kind, cursor: FeedCursor | undefined) {
  if (cursor === undefined) return sql``;
  const here = KIND_NAMES.indexOf(kind);
  const there = KIND_NAMES.indexOf(cursor.kind);
  if (here < there) return sql`where at_us < ${cursor.atUs}`;
  if (here > there) return sql`where at_us <= ${cursor.atUs}`;
  return sql`where at_us < ${cursor.atUs} or (at_us = ${cursor.atUs} and (scope, id) > (${cursor.project}, ${cursor.id}))`;
}
