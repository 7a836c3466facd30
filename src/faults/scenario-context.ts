import { randomBytes } from 'node:crypto';
import { computeWorkflowId, instancesWorkflowId } from '../ingest/workflows/names.js';
import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowFailedError,
  type WorkflowHandle,
  type WorkflowHandleWithFirstExecutionRunId as Handle,
} from '@temporalio/client';
import {
  startEmulator,
  type FaultSpec,
  type GeneratorOptions,
  type RunningEmulator,
} from '../emulator/index.js';
import { derivePrng, type Prng } from '../emulator/prng.js';
import { migrate } from '../store/migrate.js';
import { openStore } from '../store/open-store.js';
import { checkInvariants, equalsTruth, type InvariantReport } from './invariants.js';
import type { Lab } from './lab.js';
import { ScenarioFeed } from './scenario-feed.js';
import { TruthLog } from './truth-log.js';
import { WorkerPool } from './worker-pool.js';

/** What a scenario asks of its environment. */
export interface ContextOptions {
  name: string;
  /** The emulator estate; `projects` must be explicit ids. */
  estate: GeneratorOptions & { projects: string[] };
  /** Worker environment beyond the defaults (queue, store, emulator). */
  workerEnv?: Record<string, string>;
  /** Password put in the store URL (trust auth ignores it; it only tests that it never leaks). */
  databasePassword?: string;
  /** Projects whose ground truth is logged, synced by syncAll and checked (default every project). */
  tracked?: string[];
  /** Page size of every listing (small pages make many pages from tiny estates). Default 10. */
  pageSize?: number;
  /** Give the emulator a change feed (a Pub/Sub test server, topic and subscription): `ctx.feed`. */
  feed?: boolean;
}

/** The outcome of one workflow run the scenario started. */
export interface RunOutcome {
  workflowId: string;
  status: 'ok' | 'partial' | 'failed';
  error?: string;
}

/** Which workflow a sync runs. */
export type SyncWorkflow = 'ComputeWorkflow' | 'InstanceWorkflow';

/** One scenario's world: its own database, emulator, task queue, workers and ground-truth log, plus counters. */
export class ScenarioContext {
  readonly prng: Prng;
  runs = 0;
  failedRuns = 0;
  /** Faults injected: fired emulator faults plus kills and restarts the scenario counts itself. */
  faults = 0;
  readonly notes: string[] = [];
  readonly taskQueue: string;
  readonly workers: WorkerPool;
  private readonly pacing = new Set<number>();
  /** The change feed, when the options asked for one. */
  feed: ScenarioFeed | undefined;

  private constructor(
    readonly lab: Lab,
    readonly options: ContextOptions,
    readonly emulator: RunningEmulator,
    readonly databaseUrl: string,
    readonly truth: TruthLog,
  ) {
    this.prng = derivePrng('hotpot-faults', options.name);
    this.taskQueue = `faults-${options.name}-${randomBytes(3).toString('hex')}`;
    this.workers = new WorkerPool(this.workerEnv(), lab.logDir, options.name);
    lab.pools.add(this.workers);
  }

  /** Creates the database (migrated), the emulator and the truth log; starts no worker. */
  static async create(lab: Lab, options: ContextOptions): Promise<ScenarioContext> {
    const database = `faults_${options.name.replace(/[^a-z0-9]/g, '_')}_${randomBytes(3).toString('hex')}`;
    await lab.pg.createDatabase(database);
    const store = await openStore(lab.pg.url(database), { poolSize: 1 });
    try {
      await migrate(store.db);
    } finally {
      await store.close();
    }
    const feed = options.feed ? await ScenarioFeed.start(options.name) : undefined;
    const emulator = await startEmulator({ generate: options.estate, ...(feed && { feed: feed.target }) });
    const truth = new TruthLog(emulator.control, options.tracked ?? options.estate.projects);
    await truth.init();
    const databaseUrl = lab.pg.url(database, options.databasePassword);
    const ctx = new ScenarioContext(lab, options, emulator, databaseUrl, truth);
    ctx.feed = feed;
    return ctx;
  }

  /** The tracked projects. */
  get projects(): string[] {
    return this.truth.projects;
  }

  /** The environment of a `hotpot worker` (or any CLI command) of this scenario. */
  workerEnv(): Record<string, string> {
    return {
      HOTPOT_DATABASE_URL: this.databaseUrl,
      TEMPORAL_ADDRESS: this.lab.temporal.address,
      HOTPOT_GCP_ENDPOINT: this.emulator.url,
      HOTPOT_TASK_QUEUE: this.taskQueue,
      HOTPOT_GCP_PAGE_SIZE: String(this.options.pageSize ?? 10),
      HOTPOT_GCP_REQUESTS_PER_MINUTE: '600000',
      HOTPOT_LOG_LEVEL: 'info',
      ...this.options.workerEnv,
    };
  }

  /** Starts `n` workers concurrently. */
  async startWorkers(n: number): Promise<void> {
    await Promise.all(Array.from({ length: n }, () => this.workers.start()));
  }

  /**
   * Starts one project's workflow (ids as production uses them; 3 s session heartbeat so a lost worker is noticed
   * fast). A run of the same id already going (a sync the feed listener started for a gap) is waited for first, so
   * the run this returns always began after the call.
   */
  async start(project: string, workflow: SyncWorkflow = 'ComputeWorkflow'): Promise<Handle> {
    const client = await this.lab.temporal.client();
    const workflowId =
      workflow === 'ComputeWorkflow' ? computeWorkflowId(project) : instancesWorkflowId(project);
    for (;;) {
      try {
        const handle = await client.workflow.start(workflow, {
          taskQueue: this.taskQueue,
          workflowId,
          args: [{ projectId: project, sessionHeartbeatTimeout: '3s' }],
        });
        this.runs++;
        return handle;
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
        await client.workflow
          .getHandle(workflowId)
          .result()
          .catch(() => undefined);
      }
    }
  }

  /** Waits for a run (at most `timeoutMs`, then terminates it); never throws, failed runs are counted. */
  async outcome(handle: Handle, timeoutMs = 180_000): Promise<RunOutcome> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
    try {
      const result = await Promise.race([this.resultOf(handle), timeout]);
      if (result === 'timeout') {
        await handle.terminate('fault scenario timeout').catch(() => undefined);
        this.failedRuns++;
        return { workflowId: handle.workflowId, status: 'failed', error: `no result within ${timeoutMs} ms` };
      }
      if (result.status === 'failed') this.failedRuns++;
      return result;
    } finally {
      clearTimeout(timer);
    }
  }

  private async resultOf(started: Handle): Promise<RunOutcome> {
    const { workflowId, firstExecutionRunId } = started;
    let handle: WorkflowHandle = started;
    for (;;) {
      try {
        const result = (await handle.result()) as { status: 'ok' | 'partial' };
        return { workflowId: handle.workflowId, status: result.status };
      } catch (err) {
        if (err instanceof WorkflowFailedError) {
          return { workflowId, status: 'failed', error: err.cause?.message ?? err.message };
        }
        await new Promise((r) => setTimeout(r, 500));
        const client = await this.lab.temporal.client();
        handle = client.workflow.getHandle(workflowId, undefined, { firstExecutionRunId });
      }
    }
  }

  /** Syncs every project (one workflow each, concurrently) and waits for all. */
  async syncAll(workflow: SyncWorkflow = 'ComputeWorkflow'): Promise<RunOutcome[]> {
    const handles = await Promise.all(this.projects.map((p) => this.start(p, workflow)));
    return Promise.all(handles.map((h) => this.outcome(h)));
  }

  /** Adds an emulator fault; its firings count as faults injected when it is cleared. */
  async setFault(spec: FaultSpec): Promise<void> {
    await this.emulator.control.setFault(spec);
  }

  /** Adds latency to every call only to give the scenario time to strike mid-run; not counted as a fault. */
  async pace(latencyMs: number): Promise<void> {
    const fault = await this.emulator.control.setFault({ kind: 'latency', latencyMs });
    this.pacing.add(fault.id);
  }

  /** Counts the firings of every active fault (pacing aside), then removes them. */
  async clearFaults(): Promise<void> {
    const { faults } = await this.emulator.control.faults();
    this.faults += faults.filter((f) => !this.pacing.has(f.id)).reduce((n, f) => n + f.fired, 0);
    this.pacing.clear();
    await this.emulator.control.clearFaults();
  }

  /** Compares the store with the ground truth now (of the resource types `only` names, default all). */
  check(projects?: string[], only?: readonly string[]): Promise<InvariantReport> {
    return checkInvariants(this.databaseUrl, this.truth, projects, only);
  }

  /**
   * Clears faults, then checks; while the store differs from the ground truth, runs a clean sync and checks again
   * (three at most). Recovery is the time from `faultEndedAt` to the first check that found them equal.
   */
  async converge(
    faultEndedAt: number,
    projects?: string[],
  ): Promise<{ report: InvariantReport; recoveryMs?: number }> {
    await this.clearFaults();
    for (let attempt = 0; ; attempt++) {
      const report = await this.check(projects);
      if (equalsTruth(report)) return { report, recoveryMs: Date.now() - faultEndedAt };
      if (attempt === 3) return { report };
      if (attempt === 0 && report.examples.length)
        this.notes.push(`before clean sync: ${report.examples[0]}`);
      await this.syncAll();
    }
  }

  /** Stops workers and the emulator (the database stays for inspection until the lab closes). */
  async close(): Promise<void> {
    await this.workers.stopAll();
    this.lab.pools.delete(this.workers);
    await this.emulator.stop();
    await this.feed?.close();
  }
}
