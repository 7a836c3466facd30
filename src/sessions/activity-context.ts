import { AsyncLocalStorage } from 'node:async_hooks';
import { ApplicationFailure } from '@temporalio/common';
import { SessionFailureType } from './workflow/protocol.js';

const storage = new AsyncLocalStorage<string>();

/** Runs `fn` as part of session `sessionId` (what the session worker does around each session activity). */
export function runWithSessionId<T>(sessionId: string, fn: () => T): T {
  return storage.run(sessionId, fn);
}

/** The id of the session the current activity runs in; throws outside a session activity. */
export function currentSessionId(): string {
  const id = storage.getStore();
  if (id === undefined) {
    throw ApplicationFailure.nonRetryable(
      'currentSessionId() called outside a session activity',
      SessionFailureType.BadEnvelope,
    );
  }
  return id;
}
