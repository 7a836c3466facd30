import { sql, type Kysely } from 'kysely';
import { HotpotError } from '../errors.js';

/** A recorded ingestion run with totals over its scopes. */
export interface RunRow {
  run_id: string;
  workflow_id: string;
  status: string;
  started_at: Date;
  finished_at: Date | null;
  project_count: number;
  listed: number;
  created: number;
  changed: number;
  deleted: number;
  failed_scopes: number;
}

/** One project × resource kind outcome of a run. */
export interface ScopeRow {
  project_id: string;
  resource_kind: string;
  status: string;
  listed: number;
  created: number;
  changed: number;
  unchanged: number;
  deleted: number;
  api_calls: number;
  error_message: string | null;
}

const runColumns = sql`
  r.run_id, r.workflow_id, r.status, r.started_at, r.finished_at, r.project_count,
  coalesce(sum(s.listed), 0)::int as listed, coalesce(sum(s.created), 0)::int as created,
  coalesce(sum(s.changed), 0)::int as changed, coalesce(sum(s.deleted), 0)::int as deleted,
  count(*) filter (where s.status = 'failed')::int as failed_scopes`;

/** The most recent runs, newest first. */
export async function listRuns(db: Kysely<unknown>, limit = 20): Promise<RunRow[]> {
  const result = await sql<RunRow>`
    select ${runColumns} from ingest_runs r left join ingest_scope_results s on s.run_id = r.run_id
    group by r.run_id order by r.started_at desc limit ${limit}`.execute(db);
  return result.rows;
}

/** One run and its per-project, per-kind outcomes. */
export async function runDetail(
  db: Kysely<unknown>,
  runId: string,
): Promise<{ run: RunRow; scopes: ScopeRow[] }> {
  const runs = await sql<RunRow>`
    select ${runColumns} from ingest_runs r left join ingest_scope_results s on s.run_id = r.run_id
    where r.run_id = ${runId} group by r.run_id`.execute(db);
  const run = runs.rows[0];
  if (run === undefined) throw new HotpotError(`no run '${runId}'; list recent runs with \`hotpot runs\``);
  const scopes = await sql<ScopeRow>`
    select project_id, resource_kind, status, listed, created, changed, unchanged, deleted, api_calls, error_message
    from ingest_scope_results where run_id = ${runId} order by project_id, resource_kind`.execute(db);
  return { run, scopes: scopes.rows };
}
