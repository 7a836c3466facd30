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

/** Backstop for a session call nobody picks up (the loss of the worker is normally noticed sooner). */
export const DEFAULT_SESSION_SCHEDULE_TO_START: ActivityOptions['scheduleToStartTimeout'] = '1m';

type AnyActivity = (...args: unknown[]) => Promise<unknown>;

/** Proxies activities onto the session's worker: pinned queue, TRY_CANCEL, cancelled with `SessionLost` if the session is lost. */
export function proxySessionActivities<A extends object>(
  session: Session,
  options: SessionActivityOptions,
): ActivityInterfaceFor<A> {
  const handle = sessionHandle(session);
  const raw = proxyActivities<Record<string, AnyActivity>>({
    scheduleToStartTimeout: DEFAULT_SESSION_SCHEDULE_TO_START,
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
