import { NativeConnection } from '@temporalio/worker';
import { sql, type Kysely } from 'kysely';
import { createConfigService } from '../config/config-service.js';
import { createIngestWorker, type IngestWorkerOptions } from '../worker/ingest-worker.js';
import { emptyReport } from './invariants.js';
import type { Lab } from './lab.js';
import type { ScenarioOutcome } from './scenario.js';

/** An outcome before anything ran: no runs, no faults, every count of the report 0. */
export function emptyOutcome(): ScenarioOutcome {
  return {
    runs: 0,
    failedRuns: 0,
    faults: 0,
    report: emptyReport(),
    notes: [],
    problems: [],
  };
}

/** Current rows of `tables` in `scopes`, as `table/scope/id`. */
export async function storedKeys(
  db: Kysely<unknown>,
  tables: readonly string[],
  scopes: readonly string[],
): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const table of tables) {
    const rows = await sql<{ scope: string; id: string }>`
      select scope, id from ${sql.table(table)} where scope = any(${scopes})`.execute(db);
    for (const r of rows.rows) keys.add(`${table}/${r.scope}/${r.id}`);
  }
  return keys;
}

/** What one fault round of a provider scenario does, in order. */
export interface FaultRound {
  db: Kysely<unknown>;
  tables: readonly string[];
  scopes: readonly string[];
  /** Mutates the estate and sets the round's faults. */
  inject(): Promise<void>;
  /** The sync that meets the faults. */
  sync(): Promise<void>;
  /** Removes the faults (counting what fired into the outcome). */
  clear(): Promise<void>;
  /** Keys (`table/scope/id`) of every object the ground truth has after the round. */
  live(): Promise<Set<string>>;
}

/**
 * Runs one fault round and counts into `outcome` every row stored before the faulted sync that the ground truth
 * still has but the store no longer does (lost, and a deletion without evidence); returns those keys.
 */
export async function faultRound(
  outcome: ScenarioOutcome,
  round: number,
  step: FaultRound,
): Promise<string[]> {
  await step.inject();
  const before = await storedKeys(step.db, step.tables, step.scopes);
  await step.sync();
  await step.clear();
  const live = await step.live();
  const after = await storedKeys(step.db, step.tables, step.scopes);
  const lost = [...before].filter((k) => live.has(k) && !after.has(k));
  outcome.report.lost += lost.length;
  outcome.report.wrongDeletions += lost.length;
  outcome.report.examples.push(...lost.slice(0, 3).map((k) => `deleted though alive, round ${round}: ${k}`));
  return lost;
}

/**
 * Runs `body` while an in-process ingest worker of `providers` polls the lab's Temporal with `config`, then shuts
 * the worker down and closes its connection.
 */
export async function withIngestWorker<T>(
  lab: Lab,
  options: Omit<IngestWorkerOptions, 'connection' | 'configService'>,
  body: () => Promise<T>,
): Promise<T> {
  const connection = await NativeConnection.connect({ address: lab.temporal.address });
  try {
    const worker = await createIngestWorker({
      ...options,
      connection,
      configService: createConfigService(options.config),
    });
    const running = worker.run();
    try {
      return await body();
    } finally {
      await worker.shutdown();
      await running.catch(() => undefined);
    }
  } finally {
    await connection.close();
  }
}
