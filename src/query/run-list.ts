import { sql, type Kysely } from 'kysely';
import type { RunRow } from './runs.js';

/** A run with its totals and what went wrong, for the console's run list. */
export interface RunSummary extends RunRow {
  rejected: number;
  deletions_held: number;
  error_types: string | null;
}

/** Up to `limit` runs started at or before `until` (default: any), newest first, with totals over their scopes. */
export async function runsUntil(db: Kysely<unknown>, limit: number, until?: Date): Promise<RunSummary[]> {
  const before = until === undefined ? sql`` : sql`where r.started_at <= ${until}`;
  const result = await sql<RunSummary>`
    select r.run_id, r.workflow_id, r.status, r.started_at, r.finished_at, r.scope_count,
      coalesce(sum(s.listed), 0)::int as listed, coalesce(sum(s.created), 0)::int as created,
      coalesce(sum(s.changed), 0)::int as changed, coalesce(sum(s.deleted), 0)::int as deleted,
      count(*) filter (where s.status = 'failed')::int as failed_scopes,
      coalesce(sum(s.rejected), 0)::int as rejected, coalesce(sum(s.deletions_held), 0)::int as deletions_held,
      string_agg(distinct s.error_type, ', ') as error_types
    from ingest_runs r left join ingest_scope_results s on s.run_id = r.run_id ${before}
    group by r.run_id order by r.started_at desc limit ${limit}`.execute(db);
  return result.rows;
}
