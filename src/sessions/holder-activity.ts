import { Context, CancelledFailure, log } from '@temporalio/activity';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { OpenSessions } from './open-sessions.js';
import {
  SESSION_STARTED_SIGNAL,
  type SessionHolderInput,
  type SessionStartedPayload,
} from './workflow/protocol.js';

/** What the holder and release activities need from their process. */
export interface HolderDeps {
  sessions: OpenSessions;
  registry: { closeSessionClient(sessionId: string): Promise<void> };
  /** The process's own queue, sent to the workflow. */
  taskQueue: string;
  /** Told when a session started here replaces a lost one (the metric of lost sessions). */
  onSessionLost?: (lostSessionId: string) => void;
}

/** How the holder ended: released by the workflow, or the workflow was already gone when it tried to signal. */
export interface SessionHolderResult {
  released: boolean;
}

/** Ends a session held here: forgets it and closes its client. */
export async function endSession(deps: HolderDeps, sessionId: string): Promise<void> {
  deps.sessions.close(sessionId);
  try {
    await deps.registry.closeSessionClient(sessionId);
  } catch (err) {
    log.warn('Session client failed to close', { sessionId, error: String(err) });
  }
}

function heartbeatEveryMs(ctx: Context): number {
  const timeout = ctx.info.heartbeatTimeoutMs ?? 20_000;
  return Math.max(50, Math.min(1000, Math.floor(timeout / 4)));
}

/** The holder: signals the workflow with this process's queue, then heartbeats until released, cancelled or NOT_FOUND. */
export function createSessionHolder(deps: HolderDeps) {
  return async function sessionHolder({
    sessionId,
    replaces,
  }: SessionHolderInput): Promise<SessionHolderResult> {
    const ctx = Context.current();
    const execution = ctx.info.workflowExecution;
    if (!execution) throw new Error('the session holder must be scheduled by a workflow');
    const { released } = deps.sessions.open(sessionId);
    const timer = setInterval(() => ctx.heartbeat(), heartbeatEveryMs(ctx));
    try {
      ctx.heartbeat();
      const payload: SessionStartedPayload = { sessionId, taskQueue: deps.taskQueue };
      try {
        await ctx.client.workflow
          .getHandle(execution.workflowId, execution.runId)
          .signal(SESSION_STARTED_SIGNAL, payload);
      } catch (err) {
        if (!(err instanceof WorkflowNotFoundError)) throw err;
        log.info('Session workflow gone before the session started', { sessionId });
        return { released: false };
      }
      log.info('Session started', { sessionId, taskQueue: deps.taskQueue });
      if (replaces) deps.onSessionLost?.(replaces);
      await Promise.race([released, ctx.cancelled]);
      return { released: true };
    } catch (err) {
      if (err instanceof CancelledFailure)
        log.info('Session holder cancelled', { sessionId, reason: err.message });
      throw err;
    } finally {
      clearInterval(timer);
      await endSession(deps, sessionId);
    }
  };
}

/** Releases a session held by this process (the workflow's completeSession); waits until its client is closed. */
export function createReleaseSession(deps: HolderDeps) {
  return async function releaseSession({ sessionId }: SessionHolderInput): Promise<void> {
    await deps.sessions.release(sessionId);
  };
}
