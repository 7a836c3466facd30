import { ApplicationFailure } from '@temporalio/workflow';
import { SessionFailureType } from './protocol.js';

/** The session's worker is gone (holder ended while the session was open); re-create the session elsewhere. */
export function sessionLostFailure(sessionId: string, taskQueue: string, cause?: Error): ApplicationFailure {
  return ApplicationFailure.create({
    type: SessionFailureType.Lost,
    message: `session ${sessionId} on ${taskQueue} was lost: its worker stopped holding it`,
    details: [{ sessionId, taskQueue }],
    nonRetryable: true,
    cause,
  });
}

/** No session worker took the session within the creation timeout, or the holder failed before starting. */
export function sessionCreationFailure(
  creationQueue: string,
  reason: string,
  cause?: Error,
): ApplicationFailure {
  return ApplicationFailure.create({
    type: SessionFailureType.CreationFailed,
    message: `could not create a session on ${creationQueue}: ${reason}`,
    details: [{ creationQueue }],
    nonRetryable: true,
    cause,
  });
}

/** True for a SessionLost failure, directly or as the cause of an activity/child failure. */
export function isSessionLost(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    if (e instanceof ApplicationFailure && e.type === SessionFailureType.Lost) return true;
  }
  return false;
}
