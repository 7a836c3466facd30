import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { startDevServer } from '../temporal/dev-server.js';
import { createPostgresDatabase, pgliteDatabase, type BenchDatabase } from './bench-database.js';
import { listMethodsOf, truthCounts, type ListMethods } from './calls-by-type.js';
import { benchEstateCounts } from './estate-mix.js';
import { estateAt, type BenchOptions } from './options.js';
import type { PhaseResult } from './phase.js';
import type { SyncTarget } from './hotpot-sync.js';
import { startWorkerChild } from './worker-child.js';

const namespace = 'default';

/** What every step of a bench run shares: its Temporal client, its emulator and ground truth, its phases, its cleanup. */
export interface BenchRun {
  options: BenchOptions;
  client: Client;
  emulator: RunningEmulator;
  projectIds: string[];
  methods: ListMethods;
  truth: Awaited<ReturnType<typeof truthCounts>>;
  /** Resources per project, and in all. */
  perProject: number[];
  resources: number;
  primaryKind: 'postgres' | 'pglite';
  /** The database of the floors and of Hotpot's syncs. */
  primary: BenchDatabase;
  phases: PhaseResult[];
  /** Undone in reverse order when the run ends. */
  cleanup: (() => Promise<unknown>)[];
  /** A database of that kind for one step (a fresh PostgreSQL database, dropped at the end). */
  database(kind: 'postgres' | 'pglite'): Promise<BenchDatabase>;
  /**
   * A worker process on its own queue (or joining `taskQueue`), storing into `db` and reading `on`, pacing each
   * project at `requestsPerMinute` (default: unpaced).
   */
  target(
    db: BenchDatabase,
    on: RunningEmulator,
    options?: { taskQueue?: string; requestsPerMinute?: number },
  ): Promise<SyncTarget>;
}

/** Starts what a bench run needs (Temporal unless given, the estate's emulator) and reads the estate's ground truth. */
export async function startBenchRun(options: BenchOptions, cleanup: BenchRun['cleanup']): Promise<BenchRun> {
  let address = options.temporalAddress;
  let temporalPid: number | undefined;
  if (!address) {
    const server = await startDevServer({ namespace });
    cleanup.push(() => server.stop());
    address = server.address;
    temporalPid = server.pid;
  }
  const connection = await Connection.connect({ address });
  cleanup.push(() => connection.close());
  const client = new Client({ connection, namespace });
  const estate = estateAt(options.scale);
  const emulator = await startEmulator({
    generate: {
      seed: options.seed,
      projects: estate.projects,
      ...benchEstateCounts(estate.instances, estate.networks),
    },
  });
  cleanup.push(() => emulator.stop());
  const projectIds = await emulator.control.projects();
  const truth = await truthCounts(emulator, projectIds);
  const perProject = Object.values(truth).map((c) => Object.values(c).reduce((a, b) => a + b, 0));
  const temporal = { address, namespace };
  const database = async (kind: 'postgres' | 'pglite'): Promise<BenchDatabase> => {
    if (kind === 'pglite') return pgliteDatabase;
    const db = await createPostgresDatabase(options.postgresUrl);
    cleanup.push(() => db.drop());
    return db;
  };
  const primaryKind = options.store === 'pglite' ? 'pglite' : 'postgres';
  return {
    options,
    client,
    emulator,
    projectIds,
    methods: await listMethodsOf(emulator.url, projectIds[0]!),
    truth,
    perProject,
    resources: perProject.reduce((a, b) => a + b, 0),
    primaryKind,
    primary: await database(primaryKind),
    phases: [],
    cleanup,
    database,
    async target(db, on, options = {}) {
      const taskQueue = options.taskQueue ?? `hotpot-bench-${randomUUID()}`;
      const worker = await startWorkerChild({
        databaseUrl: db.url,
        poolSize: 10,
        endpoint: on.url,
        temporal: { ...temporal, taskQueue },
        ...(options.requestsPerMinute ? { requestsPerMinute: options.requestsPerMinute } : {}),
      });
      cleanup.push(() => worker.stop());
      const database = db.url.startsWith('pglite:') ? undefined : new URL(db.url).pathname.slice(1);
      return {
        client,
        taskQueue,
        worker,
        emulator: on,
        cpu: { ...(temporalPid ? { temporalPid } : {}), ...(database ? { database } : {}) },
      };
    },
  };
}
