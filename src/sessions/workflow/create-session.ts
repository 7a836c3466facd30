import {
  ActivityCancellationType,
  ActivityFailure,
  CancellationScope,
  condition,
  defineSignal,
  log,
  proxyActivities,
  setHandler,
  sleep,
  TimeoutFailure,
  uuid4,
} from '@temporalio/workflow';
import type { Duration } from '@temporalio/common';
import { sessionCreationFailure } from './errors.js';
import {
  creationTaskQueue,
  SESSION_HOLDER_ACTIVITY,
  SESSION_RELEASE_ACTIVITY,
  SESSION_STARTED_SIGNAL,
  type SessionHolderInput,
  type SessionStartedPayload,
} from './protocol.js';
import { SessionHandle, sessionHandle, type Session } from './session.js';

/** Go's SessionOptions: where to find session workers and how long a session may wait, live and stay silent. */
export interface SessionOptions {
  /** Base queue, e.g. `hotpot-ingest-gcp`; the holder is scheduled on `<base>__session_creation`. */
  taskQueue: string;
  /** How long to wait for a worker to take the session; then `SessionCreationFailed`. */
  creationTimeout: Duration;
  /** Longest life of the session; it is lost after that. */
  executionTimeout: Duration;
  /** How soon a dead worker is noticed (the holder's heartbeat timeout). Default 20 s. */
  heartbeatTimeout?: Duration;
}

/** Default holder heartbeat timeout, as in Go. */
export const DEFAULT_SESSION_HEARTBEAT_TIMEOUT: Duration = '20s';
const MAX_HOLDER_ATTEMPTS = 3;

type HolderFn = (input: SessionHolderInput) => Promise<unknown>;
type Outcome =
  | { kind: 'started'; taskQueue: string }
  | { kind: 'ended'; error: unknown }
  | { kind: 'deadline' }
  | { kind: 'cancelled'; error: unknown };

const waiters = new Map<string, (taskQueue: string) => void>();
let signalHandlerInstalled = false;

function startedSignal(sessionId: string): Promise<string> {
  if (!signalHandlerInstalled) {
    signalHandlerInstalled = true;
    setHandler(defineSignal<[SessionStartedPayload]>(SESSION_STARTED_SIGNAL), (payload) => {
      waiters.get(payload.sessionId)?.(payload.taskQueue);
    });
  }
  return new Promise((resolve) => waiters.set(sessionId, resolve));
}

/** Starts the holder in a scope detached from the caller's, so cancelling the workflow does not lose the session. */
function startHolder(holder: HolderFn, input: SessionHolderInput) {
  return CancellationScope.nonCancellable(() => {
    const scope = new CancellationScope();
    return Promise.resolve({ scope, promise: scope.run(() => holder(input)) });
  });
}

function isScheduleToStartTimeout(err: unknown): boolean {
  return (
    err instanceof ActivityFailure &&
    err.cause instanceof TimeoutFailure &&
    err.cause.timeoutType === 'SCHEDULE_TO_START'
  );
}

/**
 * Creates a session on some worker polling `<base>__session_creation`; throws `SessionCreationFailed` if none
 * takes it in time. `replaces` names a lost session this one stands in for (counted by the new holder's worker).
 */
export async function createSession(options: SessionOptions, replaces?: string): Promise<Session> {
  const creationQueue = creationTaskQueue(options.taskQueue);
  const heartbeatTimeout = options.heartbeatTimeout ?? DEFAULT_SESSION_HEARTBEAT_TIMEOUT;
  const holder = proxyActivities<Record<string, HolderFn>>({
    taskQueue: creationQueue,
    scheduleToStartTimeout: options.creationTimeout,
    startToCloseTimeout: options.executionTimeout,
    heartbeatTimeout,
    retry: { maximumAttempts: 1 },
    cancellationType: ActivityCancellationType.TRY_CANCEL,
  })[SESSION_HOLDER_ACTIVITY] as HolderFn;

  const deadlineScope = new CancellationScope();
  const deadline = deadlineScope
    .run(() => sleep(options.creationTimeout))
    .then(
      (): Outcome => ({ kind: 'deadline' }),
      (error: unknown): Outcome => ({ kind: 'cancelled', error }),
    );
  try {
    for (let attempt = 1; ; attempt++) {
      const sessionId = uuid4();
      const started = startedSignal(sessionId).then((taskQueue): Outcome => ({ kind: 'started', taskQueue }));
      const { scope, promise } = await startHolder(holder, { sessionId, ...(replaces ? { replaces } : {}) });
      const ended = promise.then(
        (): Outcome => ({ kind: 'ended', error: undefined }),
        (error: unknown): Outcome => ({ kind: 'ended', error }),
      );
      const outcome = await Promise.race([started, ended, deadline]);
      waiters.delete(sessionId);
      if (outcome.kind === 'started') {
        log.info('Session created', { sessionId, taskQueue: outcome.taskQueue });
        return new SessionHandle(
          sessionId,
          outcome.taskQueue,
          creationQueue,
          heartbeatTimeout,
          scope,
          promise,
        );
      }
      scope.cancel();
      if (outcome.kind === 'cancelled') throw outcome.error;
      if (outcome.kind === 'deadline' || isScheduleToStartTimeout(outcome.error)) {
        const cause = outcome.kind === 'ended' && outcome.error instanceof Error ? outcome.error : undefined;
        throw sessionCreationFailure(
          creationQueue,
          `no session worker took it within ${String(options.creationTimeout)}`,
          cause,
        );
      }
      if (attempt >= MAX_HOLDER_ATTEMPTS) {
        const cause = outcome.error instanceof Error ? outcome.error : undefined;
        throw sessionCreationFailure(
          creationQueue,
          `the holder ended before starting ${attempt} times`,
          cause,
        );
      }
      log.warn('Session holder ended before starting; retrying', {
        sessionId,
        attempt,
        error: String(outcome.error),
      });
    }
  } finally {
    deadlineScope.cancel();
  }
}

/** Releases the session on its worker; safe in `finally`: non-cancellable, idempotent, never throws. */
export async function completeSession(session: Session): Promise<void> {
  const handle = sessionHandle(session);
  if (handle.state === 'completed') return;
  const wasOpen = handle.complete();
  await CancellationScope.nonCancellable(async () => {
    try {
      if (!wasOpen) return;
      const release = proxyActivities<Record<string, HolderFn>>({
        taskQueue: handle.taskQueue,
        scheduleToStartTimeout: handle.heartbeatTimeout,
        startToCloseTimeout: '30s',
        retry: { maximumAttempts: 1 },
      })[SESSION_RELEASE_ACTIVITY] as HolderFn;
      await release({ sessionId: handle.id });
      let settled = false;
      handle.holder.then(
        () => (settled = true),
        () => (settled = true),
      );
      if (await condition(() => settled, handle.heartbeatTimeout)) return;
    } catch (err) {
      log.warn('Session release failed; cancelling its holder', { sessionId: handle.id, error: String(err) });
    }
    handle.holderScope.cancel();
  });
}
