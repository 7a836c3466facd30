import { computeWorkflowId } from '../ingest/workflows/names.js';
import { GCPInventoryWorkflow } from '../ingest/workflows/gcp-inventory.workflow.js';
import { progressQuery } from '../ingest/workflows/names.js';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { InventoryResult } from '../ingest/workflows/types.js';
import { ingestEnv } from './ingest-env.js';
import { chainPayloadSizes, historyPayloadSizes, type PayloadSizes } from './payload-sizes.js';

/** What a run over an estate where every project fails showed. */
export interface FailingEstateReport {
  result: InventoryResult;
  /** Largest payload of the inventory's whole continue-as-new chain. */
  inventory: PayloadSizes & { runs: number };
  /** Largest payload over the sampled children's histories. */
  children: PayloadSizes;
  /** Largest `progress` query answer seen while it ran (bytes of JSON). */
  maxQueryBytes: number;
  /** Projects with at least one failed row in the store for the run, and the run row's status. */
  projectsFailedInStore: number;
  runStatus: string | undefined;
  ms: number;
}

/**
 * Runs a GCPInventoryWorkflow over `projects` projects that all answer 403 (a revoked key), listed in the worker's
 * config (`projectSource: 'config'`), and measures every payload. The lead's fault suite runs it at 5,000.
 */
export async function runFailingEstate(
  options: { projects: number; concurrency?: number; childrenPerRun?: number; sampleChildren?: number } = {
    projects: 300,
  },
): Promise<FailingEstateReport> {
  const ids = Array.from(
    { length: options.projects },
    (_, i) => `revoked-project-${String(i + 1).padStart(5, '0')}`,
  );
  const concurrency = options.concurrency ?? 20;
  const env = await ingestEnv({
    emulator: {
      generate: {
        seed: 11,
        projects: ids,
        zones: 1,
        instances: 0,
        disks: 0,
        networks: 0,
        overrides: Object.fromEntries(ids.map((id) => [id, { forbidden: true }])),
      },
      warm: false,
    },
    projects: ids,
    maxConcurrentSessions: concurrency,
  });
  try {
    const started = Date.now();
    const handle = await env.temporal.client.workflow.start(GCPInventoryWorkflow, {
      taskQueue: env.config.temporal.taskQueue,
      workflowId: `gcp-inventory/failing-${randomUUID()}`,
      args: [{ projectSource: 'config', concurrency, childrenPerRun: options.childrenPerRun ?? 100 }],
    });
    let maxQueryBytes = 0;
    let done = false;
    const result = handle.result().finally(() => (done = true));
    while (!done) {
      try {
        const answer = await handle.query(progressQuery);
        maxQueryBytes = Math.max(maxQueryBytes, Buffer.byteLength(JSON.stringify(answer)));
      } catch {
        // between runs of the chain, or finished
      }
      await Promise.race([result.catch(() => undefined), new Promise((r) => setTimeout(r, 500))]);
    }
    const finished = await result;
    const ms = Date.now() - started;
    const inventory = await chainPayloadSizes(
      env.temporal.client,
      handle.workflowId,
      handle.firstExecutionRunId,
    );
    const children: PayloadSizes = { count: 0, max: 0, maxAt: '' };
    for (const id of ids.slice(0, options.sampleChildren ?? 10)) {
      const sizes = await historyPayloadSizes(env.temporal.client, computeWorkflowId(id));
      children.count += sizes.count;
      if (sizes.max > children.max) Object.assign(children, { max: sizes.max, maxAt: sizes.maxAt });
    }
    const db = env.db.store.db;
    const failed = await sql<{ n: number }>`
      select count(distinct scope)::int as n from ingest_scope_results
      where run_id = ${finished.runId} and status = 'failed'`.execute(db);
    const run = await sql<{ status: string }>`
      select status from ingest_runs where run_id = ${finished.runId}`.execute(db);
    return {
      result: finished,
      inventory,
      children,
      maxQueryBytes,
      projectsFailedInStore: failed.rows[0]?.n ?? 0,
      runStatus: run.rows[0]?.status,
      ms,
    };
  } finally {
    await env.close();
  }
}

/** `node dist/test-support/failing-estate.js [projects]`: runs the scenario (default 5,000 projects) and prints its report as JSON. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const projects = Number(process.argv[2] ?? 5000);
  runFailingEstate({ projects, concurrency: 50, childrenPerRun: 500 }).then(
    (report) => {
      process.stdout.write(
        `${JSON.stringify({ ...report, result: { ...report.result, projects: report.result.projects.length } }, null, 2)}\n`,
      );
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
