import { sql, type Kysely } from 'kysely';
import type { ResourceDefinition } from '../provider/resource.js';
import { scopesStartedInserts } from './runs.js';

/** A scope that held no rows and whose listing showed none: what its run record says. */
export interface EmptyScopeRecord {
  kind: string;
  startedAt: string;
  status: 'ok' | 'partial' | 'failed';
  apiCalls: number;
  unreachable: string[];
  covered: string[];
  error?: { type: string; message: string };
}

/**
 * The kinds of one scope synced in one batch that held no rows when the batch began. Such a kind lists before it
 * takes its lease: an empty listing has nothing to write or delete, so it takes none and its run record (with the
 * covered locations) is written with the batch's other empty kinds in one statement by `flush`. A listing that
 * shows an item takes the lease then and goes on as any scope. An empty scope that stays empty thus costs no
 * statement of its own, where it cost two.
 */
export class EmptyScopeBatch {
  readonly #pending: EmptyScopeRecord[] = [];

  private constructor(
    private readonly db: Kysely<unknown>,
    readonly runId: string,
    readonly scope: string,
    private readonly empty: ReadonlySet<string>,
  ) {}

  /**
   * Records every kind of the batch as running in its run and asks which hold no rows of `scope`, in one
   * statement.
   */
  static async begin(
    db: Kysely<unknown>,
    resources: readonly ResourceDefinition[],
    s: { runId: string; scope: string },
  ): Promise<EmptyScopeBatch> {
    if (!resources.length) return new EmptyScopeBatch(db, s.runId, s.scope, new Set());
    const probes = resources.map(
      (r) =>
        sql`select ${r.kind}::text as kind where not exists (
          select 1 from ${sql.table(r.table)} where scope = ${s.scope})`,
    );
    const kinds = resources.map((r) => r.kind);
    const started = scopesStartedInserts(s, kinds);
    const rows = await sql<{ kind: string }>`
      with run as (${started.run}), started as (${started.scopes})
      ${sql.join(probes, sql` union all `)}`.execute(db);
    return new EmptyScopeBatch(db, s.runId, s.scope, new Set(rows.rows.map((r) => r.kind)));
  }

  /** Whether the kind held no rows of the scope when the batch began. */
  wasEmpty(kind: string): boolean {
    return this.empty.has(kind);
  }

  /** Keeps the run record of a kind that stayed empty (or failed before it took a lease) for `flush`. */
  defer(record: EmptyScopeRecord): void {
    this.#pending.push(record);
  }

  /** The kinds whose records wait for `flush`. */
  get deferredKinds(): string[] {
    return this.#pending.map((r) => r.kind);
  }

  /**
   * Writes the deferred run records and covered locations in one statement. Only a scope still running takes its
   * record: an outcome written meanwhile (a newer attempt's, or the run's end) stays.
   */
  async flush(): Promise<void> {
    const records = this.#pending.splice(0);
    if (!records.length) return;
    const payload = JSON.stringify(
      records.map((r) => ({
        kind: r.kind,
        started_at: r.startedAt,
        status: r.status,
        api_calls: r.apiCalls,
        unreachable: r.unreachable,
        covered: r.error ? [] : r.covered,
        error_type: r.error?.type ?? null,
        error_message: r.error?.message.slice(0, 2000) ?? null,
      })),
    );
    await sql`
      with rec as (
        select * from jsonb_to_recordset(${payload}::jsonb) as x(kind text, started_at timestamptz, status text,
          api_calls integer, unreachable text[], covered text[], error_type text, error_message text)),
      run as (
        insert into ingest_runs (run_id, workflow_id, workflow_type, started_at, status)
        select ${this.runId}, ${this.runId}, 'unknown', min(started_at), 'running' from rec
        on conflict (run_id) do nothing),
      scopes as (
        insert into ingest_scope_results as s (run_id, scope, resource_kind, started_at, finished_at, status,
          listed, created, changed, unchanged, deleted, api_calls, unreachable, error_type, error_message, rejected,
          confirm_calls, deletions_held, held_reason, covered)
        select ${this.runId}, ${this.scope}, kind, started_at, now(), status, 0, 0, 0, 0, 0, api_calls, unreachable,
          error_type, error_message, 0, 0, 0, null, covered
        from rec
        on conflict (run_id, scope, resource_kind) do update set started_at = excluded.started_at,
          finished_at = excluded.finished_at, status = excluded.status, listed = 0, created = 0, changed = 0,
          unchanged = 0, deleted = 0, api_calls = excluded.api_calls, unreachable = excluded.unreachable,
          error_type = excluded.error_type, error_message = excluded.error_message, rejected = 0, confirm_calls = 0,
          deletions_held = 0, held_reason = null, covered = excluded.covered
        where s.status = 'running')
      insert into sync_locations (scope, resource_kind, location, last_seen_at, last_run_id)
      select ${this.scope}, kind, loc, date_trunc('milliseconds', now()), ${this.runId}
      from rec, unnest(covered) as loc
      on conflict (scope, resource_kind, location)
      do update set last_seen_at = excluded.last_seen_at, last_run_id = excluded.last_run_id`.execute(
      this.db,
    );
  }
}
