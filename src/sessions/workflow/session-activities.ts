import {
  ActivityCancellationType,
  proxyActivities,
  type ActivityInterfaceFor,
  type ActivityOptions,
} from '@temporalio/workflow';
import { CLOSE_SESSION_CLIENT_ACTIVITY, type SessionEnvelope } from './protocol.js';
import { sessionHandle, type Session } from './session.js';

/** Activity options for session calls; the task queue and cancellation type are the session's. */
export type SessionActivityOptions = Omit<ActivityOptions, 'taskQueue' | 'cancellationType'>;

type AnyActivity = (...args: unknown[]) => Promise<unknown>;

/**
 * Proxies activities onto the session's worker: pinned queue, TRY_CANCEL, cancelled with `SessionLost` if the
 * session is lost. No schedule-to-start timeout: a call waits while its worker is busy; a dead worker is noticed
 * by the holder's heartbeat timeout, which loses the session and cancels the call.
 */
export function proxySessionActivities<A extends object>(
  session: Session,
  options: SessionActivityOptions,
): ActivityInterfaceFor<A> {
  const handle = sessionHandle(session);
  const raw = proxyActivities<Record<string, AnyActivity>>({
    ...options,
    taskQueue: handle.taskQueue,
    cancellationType: ActivityCancellationType.TRY_CANCEL,
  });
  const envelope: SessionEnvelope = { hotpotSessionId: handle.id };
  return new Proxy({} as ActivityInterfaceFor<A>, {
    get(_target, name) {
      if (typeof name !== 'string' || name === 'then') return undefined;
      const activity = raw[name] as AnyActivity;
      return (...args: unknown[]) => handle.call(() => activity(envelope, ...args));
    },
  });
}

/** The activities every session worker serves besides yours. */
export interface SessionBuiltinActivities {
  /** Closes this session's client in the worker's registry (idempotent). */
  [CLOSE_SESSION_CLIENT_ACTIVITY](): Promise<void>;
}

/** Runs `CloseSessionClient` on the session's worker. */
export async function closeSessionClient(
  session: Session,
  options: SessionActivityOptions = { startToCloseTimeout: '1m' },
): Promise<void> {
  await proxySessionActivities<SessionBuiltinActivities>(session, options)[CLOSE_SESSION_CLIENT_ACTIVITY]();
}
