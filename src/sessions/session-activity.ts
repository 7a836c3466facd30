import { ApplicationFailure, log } from '@temporalio/activity';
import { runWithSessionId, currentSessionId } from './activity-context.js';
import { endSession, type HolderDeps } from './holder-activity.js';
import { isSessionEnvelope, SessionFailureType } from './workflow/protocol.js';

/** Any activity function. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ActivityFn = (...args: any[]) => Promise<unknown>;

/** Wraps an activity for the session queue: strips the envelope, refuses sessions not held here, scopes `currentSessionId()`. */
export function wrapSessionActivity(fn: ActivityFn, deps: HolderDeps): ActivityFn {
  return async (envelope: unknown, ...args: unknown[]) => {
    if (!isSessionEnvelope(envelope)) {
      throw ApplicationFailure.nonRetryable(
        'session activities must be called through proxySessionActivities',
        SessionFailureType.BadEnvelope,
      );
    }
    const sessionId = envelope.hotpotSessionId;
    if (!deps.sessions.isOpen(sessionId)) {
      throw ApplicationFailure.nonRetryable(
        `session ${sessionId} is not held by this worker`,
        SessionFailureType.Lost,
      );
    }
    try {
      return await runWithSessionId(sessionId, () => fn(...args));
    } finally {
      if (!deps.sessions.isOpen(sessionId)) await endSession(deps, sessionId);
    }
  };
}

/** The `CloseSessionClient` activity: closes the current session's client. */
export function createCloseSessionClient(deps: HolderDeps): ActivityFn {
  return async function closeSessionClient(): Promise<void> {
    const sessionId = currentSessionId();
    try {
      await deps.registry.closeSessionClient(sessionId);
    } catch (err) {
      log.warn('Session client failed to close', { sessionId, error: String(err) });
    }
  };
}
