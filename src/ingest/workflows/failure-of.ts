import { ApplicationFailure, isCancellation } from '@temporalio/workflow';
import { MAX_ERROR_MESSAGE } from './types.js';

/** The failure type of a cancelled project or run. */
export const CANCELLED = 'Cancelled';

/**
 * A failure as runs and results record it, in workflows and clients alike: `Cancelled` for a cancellation, else the
 * innermost ApplicationFailure's type, with the innermost message cut to MAX_ERROR_MESSAGE.
 */
export function failureOf(err: unknown): { type: string; message: string } {
  let type = 'Error';
  let message = String(err);
  for (let e: unknown = err; e instanceof Error; e = e.cause) {
    message = e.message;
    if (e instanceof ApplicationFailure && e.type) type = e.type;
  }
  if (isCancellation(err)) type = CANCELLED;
  return { type, message: truncate(message) };
}

function truncate(message: string): string {
  return message.length > MAX_ERROR_MESSAGE ? `${message.slice(0, MAX_ERROR_MESSAGE - 1)}…` : message;
}
