import { log } from '@temporalio/workflow';
import { isSessionLost } from './errors.js';
import { completeSession, createSession, type SessionOptions } from './create-session.js';
import type { Session } from './session.js';

/** How many sessions runInSession may use before giving up on lost ones. */
export interface RunInSessionOptions {
  /** Sessions to try (the first plus re-creations after a loss). Default 3. */
  maxAttempts?: number;
}

/** Runs an idempotent `body` in a session; if the session is lost, re-creates it (on another worker) and runs `body` again. */
export async function runInSession<T>(
  options: SessionOptions,
  body: (session: Session) => Promise<T>,
  { maxAttempts = 3 }: RunInSessionOptions = {},
): Promise<T> {
  let lost: string | undefined;
  for (let attempt = 1; ; attempt++) {
    const session = await createSession(options, lost);
    try {
      return await body(session);
    } catch (err) {
      if (!(session.state === 'lost' || isSessionLost(err)) || attempt >= maxAttempts) throw err;
    } finally {
      await completeSession(session);
    }
    log.warn('Session lost; running again in a new session', { sessionId: session.id, attempt });
    lost = session.id;
  }
}
