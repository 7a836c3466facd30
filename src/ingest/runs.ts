import { sql, type Kysely } from 'kysely';
import type { ScopeCounts } from './scope-writer.js';

/** Run status as recorded: running until finished, then ok / partial / failed. */
export type RunStatus = 'running' | 'ok' | 'partial' | 'failed';

/** Records (or re-records, on retry) the start of a run. */
export async function recordRunStarted(
  db: Kysely<unknown>,
  run: { runId: string; workflowId: string; workflowType: string; projectCount: number; startedAt: string },
): Promise<void> {
  await sql`
    insert into ingest_runs (run_id, workflow_id, workflow_type, started_at, status, project_count)
    values (${run.runId}, ${run.workflowId}, ${run.workflowType}, ${run.startedAt}::timestamptz, 'running', ${run.projectCount})
    on conflict (run_id) do update set project_count = greatest(ingest_runs.project_count, excluded.project_count)`.execute(
    db,
  );
}

/** Records the end of a run with its status and a small summary. */
export async function recordRunFinished(
  db: Kysely<unknown>,
  run: { runId: string; status: Exclude<RunStatus, 'running'>; summary: unknown },
): Promise<void> {
  await sql`
    update ingest_runs set finished_at = now(), status = ${run.status}, summary = ${JSON.stringify(run.summary)}::jsonb
    where run_id = ${run.runId}`.execute(db);
}

/** Marks a scope as running in a run (a retry resets its counts). */
export async function recordScopeStarted(
  db: Kysely<unknown>,
  s: { runId: string; projectId: string; kind: string; startedAt: Date },
): Promise<void> {
  await sql`
    insert into ingest_runs (run_id, workflow_id, workflow_type, started_at, status)
    values (${s.runId}, ${s.runId}, 'unknown', ${s.startedAt.toISOString()}::timestamptz, 'running')
    on conflict (run_id) do nothing`.execute(db);
  await sql`
    insert into ingest_scope_results (run_id, project_id, resource_kind, started_at, status)
    values (${s.runId}, ${s.projectId}, ${s.kind}, ${s.startedAt.toISOString()}::timestamptz, 'running')
    on conflict (run_id, project_id, resource_kind) do update set started_at = excluded.started_at,
      finished_at = null, status = 'running', listed = 0, created = 0, changed = 0, unchanged = 0, deleted = 0,
      api_calls = 0, unreachable = '{}', error_type = null, error_message = null, rejected = 0, confirm_calls = 0,
      deletions_held = 0, held_reason = null, covered = '{}'`.execute(db);
}

/** Records a scope's outcome: its counts, or the error that stopped it. */
export async function recordScopeFinished(
  db: Kysely<unknown>,
  s: {
    runId: string;
    projectId: string;
    kind: string;
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
  },
): Promise<void> {
  const r = s.result;
  await sql`
    update ingest_scope_results set finished_at = now(),
      status = ${r ? r.status : 'failed'},
      listed = ${r?.listed ?? 0}, created = ${r?.created ?? 0}, changed = ${r?.changed ?? 0},
      unchanged = ${r?.unchanged ?? 0}, deleted = ${r?.deleted ?? 0},
      api_calls = ${r?.apiCalls ?? s.apiCalls ?? 0}, unreachable = ${r?.unreachable ?? []}::text[],
      error_type = ${s.error?.type ?? null}, error_message = ${s.error?.message.slice(0, 2000) ?? null},
      rejected = ${r?.rejected ?? 0}, confirm_calls = ${r?.confirmCalls ?? 0}, deletions_held = ${r?.held ?? 0},
      held_reason = ${r?.heldReason ?? null}, covered = ${s.covered ?? []}::text[]
    where run_id = ${s.runId} and project_id = ${s.projectId} and resource_kind = ${s.kind}`.execute(db);
}
