import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Duration } from '@temporalio/common';
import { Worker, type NativeConnection, type WorkerOptions } from '@temporalio/worker';
import { createReleaseSession, createSessionHolder, type HolderDeps } from './holder-activity.js';
import { OpenSessions } from './open-sessions.js';
import type { SessionRegistry } from './registry.js';
import { createCloseSessionClient, wrapSessionActivity, type ActivityFn } from './session-activity.js';
import {
  CLOSE_SESSION_CLIENT_ACTIVITY,
  creationTaskQueue,
  processTaskQueue,
  SESSION_HOLDER_ACTIVITY,
  SESSION_RELEASE_ACTIVITY,
} from './workflow/protocol.js';

/** What a process needs to serve sessions (Go's `EnableSessionWorker: true`). */
export interface SessionWorkersOptions<C, S> {
  connection: NativeConnection;
  namespace?: string;
  /** Base queue, e.g. `hotpot-ingest-gcp`. */
  taskQueue: string;
  /** Session activities, served on this process's own queue; call them with proxySessionActivities. */
  activities: Record<string, ActivityFn>;
  /** This process's clients; closed when their sessions end and on shutdown. */
  registry: SessionRegistry<C, S>;
  /** Sessions this process holds at once (Go's MaxConcurrentSessionExecutionSize); a full process stops polling. */
  maxConcurrentSessions: number;
  /** Session activities running at once on this process. Default 100. */
  maxConcurrentActivityTaskExecutions?: number;
  /** Cap on the holder's heartbeat interval (the SDK sends at 80% of the heartbeat timeout, at most this). */
  holderHeartbeatThrottleInterval?: Duration;
  /** Told when a session started here replaces a lost one (a worker lost while holding it). */
  onSessionLost?: (lostSessionId: string) => void;
  /** Extra options for the session-activity worker (not its task queue or activities). */
  workerOptions?: Omit<
    WorkerOptions,
    'connection' | 'namespace' | 'taskQueue' | 'activities' | 'workflowsPath' | 'workflowBundle'
  >;
}

/** The two workers of a session-enabled process and their lifecycle. */
export interface SessionWorkers {
  /** This process's own queue: `<base>@<host>-<pid>-<uuid>`. */
  readonly taskQueue: string;
  readonly creationTaskQueue: string;
  readonly creationWorker: Worker;
  readonly sessionWorker: Worker;
  /** Sessions held by this process now. */
  openSessionIds(): string[];
  /** Most sessions held at once so far. */
  readonly peakOpenSessions: number;
  /** Runs both workers until shutdown (or until one fails); then closes every client in the registry. */
  run(): Promise<void>;
  /** Stops both workers (holders end, their workflows see the sessions lost) and waits for run() to finish. */
  shutdown(): Promise<void>;
}

/** Builds the creation-queue worker (holders, capped) and the process-queue worker (session activities). */
export async function createSessionWorkers<C, S>(
  options: SessionWorkersOptions<C, S>,
): Promise<SessionWorkers> {
  const { connection, namespace, registry } = options;
  if (!(options.maxConcurrentSessions >= 1)) throw new RangeError('maxConcurrentSessions must be at least 1');
  const taskQueue = processTaskQueue(options.taskQueue, hostname(), process.pid, randomUUID());
  const sessions = new OpenSessions();
  const deps: HolderDeps = {
    sessions,
    registry,
    taskQueue,
    ...(options.onSessionLost ? { onSessionLost: options.onSessionLost } : {}),
  };

  const activities: Record<string, ActivityFn> = {};
  for (const [name, fn] of Object.entries(options.activities)) {
    if (name === CLOSE_SESSION_CLIENT_ACTIVITY || name === SESSION_RELEASE_ACTIVITY) {
      throw new Error(`activity name ${name} is reserved by sessions`);
    }
    activities[name] = wrapSessionActivity(fn, deps);
  }
  activities[CLOSE_SESSION_CLIENT_ACTIVITY] = wrapSessionActivity(createCloseSessionClient(deps), deps);
  activities[SESSION_RELEASE_ACTIVITY] = createReleaseSession(deps);

  const creationWorker = await Worker.create({
    connection,
    namespace,
    taskQueue: creationTaskQueue(options.taskQueue),
    activities: { [SESSION_HOLDER_ACTIVITY]: createSessionHolder(deps) },
    maxConcurrentActivityTaskExecutions: options.maxConcurrentSessions,
    ...(options.holderHeartbeatThrottleInterval === undefined
      ? {}
      : { maxHeartbeatThrottleInterval: options.holderHeartbeatThrottleInterval }),
  });
  const sessionWorker = await Worker.create({
    ...options.workerOptions,
    connection,
    namespace,
    taskQueue,
    activities,
    maxConcurrentActivityTaskExecutions: options.maxConcurrentActivityTaskExecutions ?? 100,
  });

  let running: Promise<void> | undefined;
  const workers = [creationWorker, sessionWorker];
  const stop = () => {
    for (const w of workers) if (w.getState() === 'RUNNING') w.shutdown();
  };
  return {
    taskQueue,
    creationTaskQueue: creationTaskQueue(options.taskQueue),
    creationWorker,
    sessionWorker,
    openSessionIds: () => sessions.ids(),
    get peakOpenSessions() {
      return sessions.peak;
    },
    run() {
      running ??= (async () => {
        try {
          const results = await Promise.allSettled(workers.map((w) => w.run().finally(stop)));
          for (const r of results) if (r.status === 'rejected') throw r.reason;
        } finally {
          await registry.closeAll();
        }
      })();
      return running;
    },
    async shutdown() {
      stop();
      if (running) await running.catch(() => undefined);
      else await registry.closeAll();
    },
  };
}
