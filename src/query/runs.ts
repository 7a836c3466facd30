import { sql, type Kysely } from 'kysely';
import { HotpotError } from '../errors.js';

/** A recorded ingestion run with totals over its scopes. */
export interface RunRow {
  run_id: string;
  workflow_id: string;
  status: string;
  started_at: Date;
  finished_at: Date | null;
  scope_count: number;
  listed: number;
  created: number;
  changed: number;
  deleted: number;
  held: number;
  rejected: number;
  failed_scopes: number;
  /** Versions a change feed wrote in the run's projects after the run began and before the next run began. */
  feed_changes: number;
}

/** One project × resource kind outcome of a run. */
export interface ScopeRow {
  scope: string;
  resource_kind: string;
  status: string;
  listed: number;
  created: number;
  changed: number;
  unchanged: number;
  deleted: number;
  api_calls: number;
  confirm_calls: number;
  held: number;
  rejected: number;
  /** Why missing resources were not deleted, or the scope's error. */
  note: string | null;
}

/** An item a listing returned that could not be stored. */
export interface RejectedRow {
  scope: string;
  resource_kind: string;
  item_id: string | null;
  error: string;
  size_bytes: number;
}

const runColumns = sql`
  r.run_id, r.workflow_id, r.status, r.started_at, r.finished_at, r.scope_count,
  coalesce(sum(s.listed), 0)::int as listed, coalesce(sum(s.created), 0)::int as created,
  coalesce(sum(s.changed), 0)::int as changed, coalesce(sum(s.deleted), 0)::int as deleted,
  coalesce(sum(s.deletions_held), 0)::int as held, coalesce(sum(s.rejected), 0)::int as rejected,
  count(*) filter (where s.status = 'failed')::int as failed_scopes,
  (select count(*)::int from feed_versions f where f.applied_at >= r.started_at
    and f.applied_at < coalesce((select min(n.started_at) from ingest_runs n where n.started_at > r.started_at), 'infinity')
    and f.scope in (select p.scope from ingest_scope_results p where p.run_id = r.run_id)) as feed_changes`;

/** The most recent runs, newest first. */
export async function listRuns(db: Kysely<unknown>, limit = 20): Promise<RunRow[]> {
  const result = await sql<RunRow>`
    select ${runColumns} from ingest_runs r left join ingest_scope_results s on s.run_id = r.run_id
    group by r.run_id order by r.started_at desc limit ${limit}`.execute(db);
  return result.rows;
}

/** Rejected items listed per run, at most. */
export const rejectedShown = 200;

/** One run, its per-project, per-kind outcomes, and the first rejected items. */
export async function runDetail(
  db: Kysely<unknown>,
  runId: string,
): Promise<{ run: RunRow; scopes: ScopeRow[]; rejected: RejectedRow[] }> {
  const runs = await sql<RunRow>`
    select ${runColumns} from ingest_runs r left join ingest_scope_results s on s.run_id = r.run_id
    where r.run_id = ${runId} group by r.run_id`.execute(db);
  const run = runs.rows[0];
  if (run === undefined) throw new HotpotError(`no run '${runId}'; list recent runs with \`hotpot runs\``);
  const scopes = await sql<ScopeRow>`
    select scope, resource_kind, status, listed, created, changed, unchanged, deleted, api_calls, confirm_calls,
      deletions_held as held, rejected, coalesce(error_message, held_reason) as note
    from ingest_scope_results where run_id = ${runId} order by scope, resource_kind`.execute(db);
  const rejected = await sql<RejectedRow>`
    select scope, resource_kind, item_id, error, size_bytes from ingest_rejected_items
    where run_id = ${runId} order by scope, resource_kind, rejected_at limit ${rejectedShown}`.execute(db);
  return { run, scopes: scopes.rows, rejected: rejected.rows };
}
