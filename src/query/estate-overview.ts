import { sql, type Kysely } from 'kysely';
import { KIND_NAMES, kindSpec, type Kind } from './kinds.js';

/** How many resources of a kind a project holds (now, or as of a time). */
export interface ResourceCount {
  scope: string;
  kind: Kind;
  count: number;
}

/** A project's outcome in the last run that covered it (started at or before the time asked). */
export interface ProjectRun {
  scope: string;
  run_id: string;
  started_at: Date;
  finished_at: Date | null;
  /** Worst scope status: failed, partial, running or ok. */
  status: string;
  listed: number;
  error_types: string | null;
}

/** Resources per project × kind: the current tables, or the versions valid at `asOf` from history. */
export async function resourceCounts(db: Kysely<unknown>, asOf?: Date): Promise<ResourceCount[]> {
  const counts: ResourceCount[] = [];
  for (const kind of KIND_NAMES) {
    const table = kindSpec(kind).table;
    const result =
      asOf === undefined
        ? await sql<{ scope: string; count: number }>`
            select scope, count(*)::int as count from ${sql.table(table)} group by scope`.execute(db)
        : await sql<{ scope: string; count: number }>`
            select scope, count(*)::int as count from ${sql.table(`${table}_history`)}
            where valid_from <= ${asOf} and (valid_to is null or valid_to > ${asOf}) group by scope`.execute(
            db,
          );
    counts.push(...result.rows.map((r) => ({ ...r, kind })));
  }
  return counts.sort((a, b) => a.scope.localeCompare(b.scope));
}

/** Each project's last run started at or before `asOf` (default now), with its worst scope status. */
export async function lastRunPerProject(db: Kysely<unknown>, asOf: Date = new Date()): Promise<ProjectRun[]> {
  const result = await sql<ProjectRun>`
    with last as (
      select distinct on (s.scope) s.scope, s.run_id, r.started_at
      from ingest_scope_results s join ingest_runs r on r.run_id = s.run_id
      where r.started_at <= ${asOf} order by s.scope, r.started_at desc)
    select l.scope, l.run_id, l.started_at,
      case when bool_or(s.finished_at is null) then null else max(s.finished_at) end as finished_at,
      case when bool_or(s.status = 'failed') then 'failed' when bool_or(s.status = 'partial') then 'partial'
        when bool_or(s.status = 'running') then 'running' else 'ok' end as status,
      coalesce(sum(s.listed), 0)::int as listed,
      string_agg(distinct s.error_type, ', ') as error_types
    from last l join ingest_scope_results s on s.run_id = l.run_id and s.scope = l.scope
    group by l.scope, l.run_id, l.started_at order by l.scope`.execute(db);
  return result.rows;
}
