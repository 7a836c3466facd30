import { sql, type Kysely } from 'kysely';
import { KIND_NAMES, kindSpec, type Kind } from './kinds.js';

/** One resource that was created, modified or deleted since a time; a resource can appear once per change type. */
export interface ResourceChange {
  change: 'created' | 'modified' | 'deleted';
  kind: Kind;
  scope: string;
  id: string;
  name: string;
  /** When it happened (for modified: the latest new version). */
  at: Date;
  /** `feed` when a change-feed event wrote that version (or deletion), `sync` when a full sync's listing did. */
  source: 'feed' | 'sync';
}

/** Created (first seen), modified (a later version began) and deleted resources since `since`, from history. */
export async function changesSince(
  db: Kysely<unknown>,
  since: Date,
  project?: string,
): Promise<ResourceChange[]> {
  const inProject = project === undefined ? sql`` : sql`and scope = ${project}`;
  const all: ResourceChange[] = [];
  for (const kind of KIND_NAMES) {
    const table = sql.table(`${kindSpec(kind).table}_history`);
    const result = await sql<Omit<ResourceChange, 'kind' | 'source'> & { from_feed: boolean }>`
      select e.*, exists (select 1 from feed_versions f where f.scope = e.scope
        and f.resource_kind = ${kindSpec(kind).resourceKind} and f.resource_id = e.id and f.valid_from = e.at
        and f.deleted = (e.change = 'deleted')) as from_feed from (
      select 'created' as change, scope, id, min(name) as name, min(valid_from) as at from ${table}
        where valid_from = first_seen and first_seen >= ${since} ${inProject} group by scope, id
      union all
      select 'modified', scope, id, max(name), max(valid_from) from ${table}
        where valid_from > first_seen and valid_from >= ${since} ${inProject} group by scope, id
      union all
      select 'deleted', scope, id, name, deleted_at from ${table}
        where deleted_at is not null and deleted_at >= ${since} ${inProject}) e`.execute(db);
    all.push(
      ...result.rows.map((r) => ({
        change: r.change,
        kind,
        scope: r.scope,
        id: r.id,
        name: r.name,
        at: r.at,
        source: r.from_feed ? ('feed' as const) : ('sync' as const),
      })),
    );
  }
  return all.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() || a.scope.localeCompare(b.scope) || a.name.localeCompare(b.name),
  );
}
