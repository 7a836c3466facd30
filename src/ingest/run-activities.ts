import { Context, log } from '@temporalio/activity';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { sql, type Kysely } from 'kysely';
import type { IngestMetrics } from '../metrics/ingest-metrics.js';
import type { Store } from '../store/open-store.js';
import {
  failStaleRuns,
  recordProjectFailed,
  recordRunFinished,
  recordRunStarted,
  type RunningRun,
} from './runs.js';
import { withScope, withScopeCount } from './renamed-fields.js';
import { MAX_PROJECT_PAGE_BYTES, type ProjectActivities, type RunActivities } from './workflows/types.js';

/** What the main-queue activities need: the store, the worker's configured projects, optional metrics. */
export interface MainQueueActivityDeps {
  store: Store;
  projects: readonly string[];
  metrics?: IngestMetrics;
}

/**
 * The activities on the main queue: run records (a run's start also fails runs whose workflow ended without
 * recording it), project failures, and pages of the configured projects.
 */
export function createMainQueueActivities(deps: MainQueueActivityDeps): RunActivities & ProjectActivities {
  const db = deps.store.db;
  const runs = createRunActivities(deps);
  return {
    ...runs,
    async RecordRunStarted(run) {
      await runs.RecordRunStarted(withScopeCount(run));
      await reconcileStaleRuns(db, Context.current().client, run.runId);
    },
    RecordProjectFailed: (failure) => recordProjectFailed(db, withScope(failure)),
    ListProjects: async ({ offset, limit }) => ({
      projectIds: projectPage(deps.projects, offset, limit),
      total: deps.projects.length,
    }),
  };
}

/** Up to `limit` ids from `offset`, fewer if more would exceed MAX_PROJECT_PAGE_BYTES (always at least one). */
export function projectPage(projects: readonly string[], offset: number, limit: number): string[] {
  const page: string[] = [];
  let bytes = 2;
  for (const id of projects.slice(offset, offset + limit)) {
    bytes += Buffer.byteLength(id) + 3;
    if (page.length > 0 && bytes > MAX_PROJECT_PAGE_BYTES) break;
    page.push(id);
  }
  return page;
}

/** Fails runs whose workflow ended without recording it (terminated, timed out); a failure here never fails the new run. */
async function reconcileStaleRuns(db: Kysely<unknown>, client: Client, except?: string): Promise<void> {
  try {
    const failed = await failStaleRuns(db, (run) => closedAs(client, run), except);
    if (failed.length) log.warn('Marked runs that ended without recording it as failed', { runIds: failed });
  } catch (err) {
    log.warn('Could not check runs left running', { error: String(err) });
  }
}

/** The end state of the latest execution of the run's workflow id, or undefined while it runs (a closed latest run means every earlier one is closed too). */
async function closedAs(client: Client, run: RunningRun): Promise<string | undefined> {
  try {
    const description = await client.workflow.getHandle(run.workflowId).describe();
    return description.status.name === 'RUNNING' ? undefined : description.status.name;
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) return 'NOT_FOUND';
    throw err;
  }
}

/** The activities on the main queue: run records. */
function createRunActivities(deps: Pick<MainQueueActivityDeps, 'store' | 'metrics'>): RunActivities {
  return {
    RecordRunStarted: (run) => recordRunStarted(deps.store.db, withScopeCount(run)),
    RecordRunFinished: async (run) => {
      await recordRunFinished(deps.store.db, run);
      if (deps.metrics) await observeRunDuration(deps.store, deps.metrics, run.runId);
    },
  };
}

async function observeRunDuration(store: Store, metrics: IngestMetrics, runId: string): Promise<void> {
  const r = await sql<{ workflow_type: string; status: string; seconds: number | string }>`
    select workflow_type, status, extract(epoch from finished_at - started_at) as seconds
    from ingest_runs where run_id = ${runId}`.execute(store.db);
  const row = r.rows[0];
  if (row)
    metrics.runSeconds.observe({ workflow: row.workflow_type, status: row.status }, Number(row.seconds));
}
