import { ApplicationFailure, CancellationScope, log } from '@temporalio/workflow';
import type { Duration } from '@temporalio/common';
import { sessionLostFailure } from './errors.js';
import { SessionFailureType } from './protocol.js';

/** `open` until completed by the workflow or lost because its worker stopped holding it. */
export type SessionState = 'open' | 'lost' | 'completed';

/** A session: activities proxied onto `taskQueue` all run in the one worker process holding it. */
export interface Session {
  readonly id: string;
  /** The holding process's own queue (`<base>@<host>-<pid>-<uuid>`). */
  readonly taskQueue: string;
  readonly creationTaskQueue: string;
  readonly heartbeatTimeout: Duration;
  readonly state: SessionState;
  /** Resolves with the SessionLost failure when the session is lost; never rejects, never resolves otherwise. */
  readonly lost: Promise<ApplicationFailure>;
}

/** Workflow-side bookkeeping of one session: its holder activity and the scopes of in-flight session calls. */
export class SessionHandle implements Session {
  #state: SessionState = 'open';
  #failure: ApplicationFailure | undefined;
  #resolveLost: (failure: ApplicationFailure) => void = () => undefined;
  readonly #calls = new Set<CancellationScope>();
  readonly lost: Promise<ApplicationFailure>;

  constructor(
    readonly id: string,
    readonly taskQueue: string,
    readonly creationTaskQueue: string,
    readonly heartbeatTimeout: Duration,
    readonly holderScope: CancellationScope,
    readonly holder: Promise<unknown>,
  ) {
    this.lost = new Promise((resolve) => (this.#resolveLost = resolve));
    holder.then(
      () => this.lose(undefined),
      (err: unknown) => this.lose(err),
    );
  }

  get state(): SessionState {
    return this.#state;
  }

  /** Marks an open session lost and cancels its in-flight calls. */
  lose(cause: unknown): void {
    if (this.#state !== 'open') return;
    this.#state = 'lost';
    this.#failure = sessionLostFailure(this.id, this.taskQueue, cause instanceof Error ? cause : undefined);
    log.warn('Session lost', { sessionId: this.id, taskQueue: this.taskQueue, cause: String(cause) });
    this.#cancelCalls();
    this.#resolveLost(this.#failure);
  }

  /** Marks the session completed and cancels calls still in flight; returns whether it was open. */
  complete(): boolean {
    const wasOpen = this.#state === 'open';
    if (this.#state !== 'lost') this.#state = 'completed';
    this.#cancelCalls();
    return wasOpen;
  }

  /** Runs one session call in its own scope (a child of the caller's), so that losing the session cancels it. */
  async call<T>(fn: () => Promise<T>): Promise<T> {
    this.#throwIfNotOpen();
    const scope = new CancellationScope();
    this.#calls.add(scope);
    try {
      return await scope.run(fn);
    } catch (err) {
      this.#throwIfNotOpen();
      throw err;
    } finally {
      this.#calls.delete(scope);
    }
  }

  #throwIfNotOpen(): void {
    if (this.#state === 'lost' && this.#failure) throw this.#failure;
    if (this.#state === 'completed') {
      throw ApplicationFailure.create({
        type: SessionFailureType.NotOpen,
        message: `session ${this.id} is already completed`,
        nonRetryable: true,
      });
    }
  }

  #cancelCalls(): void {
    for (const scope of this.#calls) scope.cancel();
  }
}

/** The bookkeeping behind a Session returned by createSession. */
export function sessionHandle(session: Session): SessionHandle {
  if (!(session instanceof SessionHandle)) throw new TypeError('not a session created by createSession()');
  return session;
}
