export {
  createSession,
  completeSession,
  DEFAULT_SESSION_HEARTBEAT_TIMEOUT,
  type SessionOptions,
} from './create-session.js';
export { runInSession, type RunInSessionOptions } from './run-in-session.js';
export {
  proxySessionActivities,
  closeSessionClient,
  type SessionActivityOptions,
  type SessionBuiltinActivities,
} from './session-activities.js';
export { isSessionLost, sessionLostFailure, sessionCreationFailure } from './errors.js';
export { SessionFailureType, creationTaskQueue } from './protocol.js';
export type { Session, SessionState } from './session.js';
