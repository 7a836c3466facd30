import { sql, type Kysely } from 'kysely';

/** When a project's ingestion last finished (ok or partial), per project. */
export interface LastSyncedRow {
  scope: string;
  last_synced: Date | null;
}

/** The last successful (ok or partial) scope finish of each of `projects`; projects never synced are absent. */
export async function lastSynced(db: Kysely<unknown>, projects: readonly string[]): Promise<LastSyncedRow[]> {
  if (!projects.length) return [];
  const r = await sql<LastSyncedRow>`
    select scope, max(finished_at) as last_synced from ingest_scope_results
    where scope = any(${[...projects]}::text[]) and status in ('ok', 'partial')
    group by scope`.execute(db);
  return r.rows;
}
