/** Names and payloads shared by the workflow side and the worker side of sessions; pure, workflow-safe. */

/** Activity type of the holder that pins a session to one worker process (runs on the creation queue). */
export const SESSION_HOLDER_ACTIVITY = 'SessionHolder';
/** Activity type that releases a session on its worker (runs on the session queue). */
export const SESSION_RELEASE_ACTIVITY = 'ReleaseSession';
/** Activity type that closes the session's client in the worker's registry (runs on the session queue). */
export const CLOSE_SESSION_CLIENT_ACTIVITY = 'CloseSessionClient';
/** Signal the holder sends once it runs: tells the workflow which queue the session's worker polls. */
export const SESSION_STARTED_SIGNAL = 'HotpotSessionStarted';

/** Failure types that cross Temporal as `ApplicationFailure.type`. */
export const SessionFailureType = {
  CreationFailed: 'SessionCreationFailed',
  Lost: 'SessionLost',
  NotOpen: 'SessionNotOpen',
  BadEnvelope: 'SessionEnvelopeMissing',
} as const;

/** Input of the holder activity. */
export interface SessionHolderInput {
  sessionId: string;
  /** The lost session this one replaces (its worker counts the loss: the lost worker cannot). */
  replaces?: string;
}

/** Payload of the started signal. */
export interface SessionStartedPayload {
  sessionId: string;
  taskQueue: string;
}

/** First argument of every session activity call; the worker strips it and exposes it as `currentSessionId()`. */
export interface SessionEnvelope {
  hotpotSessionId: string;
}

/** Shared creation queue for a base queue: `hotpot-ingest-gcp` → `hotpot-ingest-gcp__session_creation`. */
export function creationTaskQueue(base: string): string {
  return `${base}__session_creation`;
}

/** A worker process's own queue: `<base>@<host>-<pid>-<uuid>`. */
export function processTaskQueue(base: string, host: string, pid: number, uuid: string): string {
  return `${base}@${host}-${pid}-${uuid}`;
}

/** True when `value` is a session envelope. */
export function isSessionEnvelope(value: unknown): value is SessionEnvelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as SessionEnvelope).hotpotSessionId === 'string'
  );
}
