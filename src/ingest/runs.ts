import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ScopeCounts } from './scope-writer.js';

/** Run status as recorded: running until finished, then ok / partial / failed. */
export type RunStatus = 'running' | 'ok' | 'partial' | 'failed';

/** Records (or re-records, on retry) the start of a run. */
export async function recordRunStarted(
  db: Kysely<unknown>,
  run: { runId: string; workflowId: string; workflowType: string; scopeCount: number; startedAt: string },
): Promise<void> {
  await sql`
    insert into ingest_runs (run_id, workflow_id, workflow_type, started_at, status, scope_count)
    values (${run.runId}, ${run.workflowId}, ${run.workflowType}, ${run.startedAt}::timestamptz, 'running', ${run.scopeCount})
    on conflict (run_id) do update set scope_count = greatest(ingest_runs.scope_count, excluded.scope_count)`.execute(
    db,
  );
}

/** Records the end of a run with its status and a small summary; scopes it left running fail with the run. */
export async function recordRunFinished(
  db: Kysely<unknown>,
  run: { runId: string; status: Exclude<RunStatus, 'running'>; summary: unknown },
): Promise<void> {
  await sql`
    update ingest_runs set finished_at = now(), status = ${run.status}, summary = ${JSON.stringify(run.summary)}::jsonb
    where run_id = ${run.runId}`.execute(db);
  await failRunningScopes(db, run.runId, undefined, {
    type: 'RunEnded',
    message: `the run ended (${run.status}) while this scope was running`,
  });
}

/** The pseudo resource kind of a project that failed before any of its scopes started. */
const PROJECT_SCOPE_KIND = 'project';

/** Records a scope the worker does not read (`worker.skipKinds`) as `skipped`, finished at once with no counts. */
export async function recordScopeSkipped(
  db: Kysely<unknown>,
  s: { runId: string; scope: string; kind: string },
): Promise<void> {
  await sql`
    insert into ingest_scope_results (run_id, scope, resource_kind, started_at, finished_at, status)
    select ${s.runId}, ${s.scope}, ${s.kind}, now(), now(), 'skipped'
    where exists (select 1 from ingest_runs where run_id = ${s.runId})
    on conflict (run_id, scope, resource_kind) do update set finished_at = now(), status = 'skipped'`.execute(
    db,
  );
}

/**
 * Records a failed project: its running scopes of `kinds` (all of them without) fail with the error, leaving those a
 * sibling workflow of the same scope still runs; a project with no scope yet gets a `project` row.
 */
export async function recordProjectFailed(
  db: Kysely<unknown>,
  f: { runId: string; scope: string; kinds?: readonly string[]; error: { type: string; message: string } },
): Promise<void> {
  const message = f.error.message.slice(0, 2000);
  await failRunningScopes(db, f.runId, f.scope, f.error, f.kinds);
  await sql`
    insert into ingest_scope_results (run_id, scope, resource_kind, started_at, finished_at, status, error_type, error_message)
    select ${f.runId}, ${f.scope}, ${PROJECT_SCOPE_KIND}, now(), now(), 'failed', ${f.error.type}, ${message}
    where exists (select 1 from ingest_runs where run_id = ${f.runId})
      and not exists (select 1 from ingest_scope_results where run_id = ${f.runId} and scope = ${f.scope})
    on conflict (run_id, scope, resource_kind) do nothing`.execute(db);
}

async function failRunningScopes(
  db: Kysely<unknown>,
  runId: string,
  scope: string | undefined,
  error: { type: string; message: string },
  kinds?: readonly string[],
): Promise<void> {
  await sql`
    update ingest_scope_results set finished_at = now(), status = 'failed',
      error_type = ${error.type}, error_message = ${error.message.slice(0, 2000)}
    where run_id = ${runId} and status = 'running'
      and (${scope ?? null}::text is null or scope = ${scope ?? null})
      and (${kinds === undefined}::boolean or resource_kind = any(${kinds ?? []}::text[]))`.execute(db);
}

/** A run still `running` in the store, with what Temporal says of its workflow. */
export interface RunningRun {
  runId: string;
  workflowId: string;
}

/**
 * Marks runs left `running` by a workflow that ended without recording it (terminated, timed out) as failed.
 * `closedAs` names the workflow's end state, or undefined while it (or a newer run of the same id) runs.
 */
export async function failStaleRuns(
  db: Kysely<unknown>,
  closedAs: (run: RunningRun) => Promise<string | undefined>,
  except?: string,
): Promise<string[]> {
  const rows = await sql<{ run_id: string; workflow_id: string }>`
    select run_id, workflow_id from ingest_runs
    where status = 'running' and workflow_type <> 'unknown' and run_id <> ${except ?? ''}`.execute(db);
  const failed: string[] = [];
  for (const row of rows.rows) {
    const ended = await closedAs({ runId: row.run_id, workflowId: row.workflow_id });
    if (ended === undefined) continue;
    const error = {
      type: ended === 'CANCELLED' ? 'Cancelled' : ended === 'TERMINATED' ? 'Terminated' : 'WorkflowEnded',
      message: `the workflow ended as ${ended} without recording the run's end`,
    };
    const updated = await sql`
      update ingest_runs set finished_at = now(), status = 'failed', summary = ${JSON.stringify({ error })}::jsonb
      where run_id = ${row.run_id} and status = 'running'`.execute(db);
    if (Number(updated.numAffectedRows ?? 0) === 0) continue;
    await failRunningScopes(db, row.run_id, undefined, error);
    failed.push(row.run_id);
  }
  return failed;
}

/**
 * The inserts that mark a scope as running in a run (a retry resets its counts; a run not recorded yet is recorded
 * `unknown`), with `startedAt` any SQL expression over `from`: beginScope runs them over the lease it takes.
 */
export function scopeStartedInserts(
  s: { runId: string; scope: string; kind: string },
  startedAt: RawBuilder<unknown>,
  from: RawBuilder<unknown>,
) {
  return {
    run: sql`
      insert into ingest_runs (run_id, workflow_id, workflow_type, started_at, status)
      select ${s.runId}, ${s.runId}, 'unknown', ${startedAt}, 'running' ${from}
      on conflict (run_id) do nothing`,
    scope: sql`
      insert into ingest_scope_results (run_id, scope, resource_kind, started_at, status)
      select ${s.runId}, ${s.scope}, ${s.kind}, ${startedAt}, 'running' ${from}
      on conflict (run_id, scope, resource_kind) do update set ${restartedSet}`,
  };
}

/** The `set` list that makes a scope's record running again from the start (a retry resets its counts). */
const restartedSet = sql`started_at = excluded.started_at,
        finished_at = null, status = 'running', listed = 0, created = 0, changed = 0, unchanged = 0, deleted = 0,
        api_calls = 0, unreachable = '{}', error_type = null, error_message = null, rejected = 0, confirm_calls = 0,
        deletions_held = 0, held_reason = null, covered = '{}'`;

/** Like `scopeStartedInserts` for several kinds of one scope at once, started now (a kinds batch begins). */
export function scopesStartedInserts(s: { runId: string; scope: string }, kinds: readonly string[]) {
  return {
    run: sql`
      insert into ingest_runs (run_id, workflow_id, workflow_type, started_at, status)
      values (${s.runId}, ${s.runId}, 'unknown', now(), 'running')
      on conflict (run_id) do nothing`,
    scopes: sql`
      insert into ingest_scope_results (run_id, scope, resource_kind, started_at, status)
      select ${s.runId}, ${s.scope}, kind, now(), 'running' from unnest(${[...kinds]}::text[]) as kind
      on conflict (run_id, scope, resource_kind) do update set ${restartedSet}`,
  };
}

/** A scope's outcome: its counts, or the error that stopped it. */
export interface ScopeOutcome {
  result?: ScopeCounts & {
    status: 'ok' | 'partial';
    unreachable: string[];
    apiCalls: number;
    confirmCalls: number;
    held: number;
    heldReason?: string;
  };
  covered?: string[];
  error?: { type: string; message: string };
  apiCalls?: number;
}

/** Records a scope's outcome: its counts, or the error that stopped it. */
export async function recordScopeFinished(
  db: Kysely<unknown>,
  s: { runId: string; scope: string; kind: string } & ScopeOutcome,
): Promise<void> {
  await sql`
    update ingest_scope_results set ${scopeOutcomeSet(s)}
    where run_id = ${s.runId} and scope = ${s.scope} and resource_kind = ${s.kind}`.execute(db);
}

/** The `set` list of an ingest_scope_results update that records `s` as the scope's outcome. */
export function scopeOutcomeSet(s: ScopeOutcome) {
  const r = s.result;
  return sql`finished_at = now(),
      status = ${r ? r.status : 'failed'},
      listed = ${r?.listed ?? 0}, created = ${r?.created ?? 0}, changed = ${r?.changed ?? 0},
      unchanged = ${r?.unchanged ?? 0}, deleted = ${r?.deleted ?? 0},
      api_calls = ${r?.apiCalls ?? s.apiCalls ?? 0}, unreachable = ${r?.unreachable ?? []}::text[],
      error_type = ${s.error?.type ?? null}, error_message = ${s.error?.message.slice(0, 2000) ?? null},
      rejected = ${r?.rejected ?? 0}, confirm_calls = ${r?.confirmCalls ?? 0}, deletions_held = ${r?.held ?? 0},
      held_reason = ${r?.heldReason ?? null}, covered = ${s.covered ?? []}::text[]`;
}
