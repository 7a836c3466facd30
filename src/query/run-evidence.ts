import { sql, type Kysely } from 'kysely';

/** One project × resource kind of a run with its errors and deletion evidence. */
export interface ScopeEvidence {
  scope: string;
  resource_kind: string;
  status: string;
  started_at: Date;
  finished_at: Date | null;
  listed: number;
  created: number;
  changed: number;
  unchanged: number;
  deleted: number;
  api_calls: number;
  rejected: number;
  confirm_calls: number;
  deletions_held: number;
  held_reason: string | null;
  unreachable: string[];
  error_type: string | null;
  error_message: string | null;
}

/** An item a listing returned that could not be stored. */
export interface RejectedItem {
  scope: string;
  resource_kind: string;
  item_id: string | null;
  location: string | null;
  error: string;
  size_bytes: number;
  excerpt: string;
  rejected_at: Date;
}

/** A run's scopes with errors, held deletions and up to `limit` rejected items (the count says how many there are). */
export async function runEvidence(
  db: Kysely<unknown>,
  runId: string,
  limit = 200,
): Promise<{ scopes: ScopeEvidence[]; rejected: RejectedItem[]; rejectedTotal: number }> {
  const scopes = await sql<ScopeEvidence>`
    select scope, resource_kind, status, started_at, finished_at, listed, created, changed, unchanged, deleted,
      api_calls, rejected, confirm_calls, deletions_held, held_reason, unreachable, error_type, error_message
    from ingest_scope_results where run_id = ${runId} order by scope, resource_kind`.execute(db);
  const rejected = await sql<RejectedItem>`
    select scope, resource_kind, item_id, location, error, size_bytes, excerpt, rejected_at
    from ingest_rejected_items where run_id = ${runId}
    order by scope, resource_kind, rejected_at limit ${limit}`.execute(db);
  const total = await sql<{ n: number }>`
    select count(*)::int as n from ingest_rejected_items where run_id = ${runId}`.execute(db);
  return { scopes: scopes.rows, rejected: rejected.rows, rejectedTotal: total.rows[0]?.n ?? 0 };
}
