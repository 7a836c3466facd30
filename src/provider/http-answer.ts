import { ApplicationFailure } from '@temporalio/common';
import { isResponseTooLarge } from '../http/capped-fetch.js';
import type { ClassifiedError, ErrorClassifier } from './retrying-caller.js';

/** The stable failure types a REST provider names its classes with (`S1RateLimited`, `VngUnavailable`, …). */
export interface HttpFailureTypes {
  Unauthenticated: string;
  PermissionDenied: string;
  NotFound: string;
  BadRequest: string;
  RateLimited: string;
  Unavailable: string;
  MalformedResponse: string;
}

/** A failed HTTP call, classified: retry or stop, how to name it, and how long the server asked to wait. */
export interface ClassifiedHttpError extends ClassifiedError {
  message: string;
}

/** A provider's own reading of a status the shared rules do not know (Fortinet's 424). */
export type StatusOverrides = Readonly<Record<number, { type: string; retryable: boolean }>>;

/**
 * Classifies an HTTP answer; `undefined` status means no answer (unavailable, retried), 200 means a body that is
 * not the well-formed answer asked for (malformed, retried); 401/403/404 and other 4xx stop; 408, 429 and 5xx
 * retry. `overrides` reads the statuses a vendor gives its own meaning. `what` names the call in the message.
 */
export function classifyHttpAnswer(
  types: HttpFailureTypes,
  what: string,
  status: number | undefined,
  detail: string,
  retryAfter: string | null = null,
  overrides: StatusOverrides = {},
): ClassifiedHttpError {
  const make = (type: string, retryable: boolean): ClassifiedHttpError => ({
    type,
    retryable,
    status,
    retryAfterMs: retryAfterMs(retryAfter),
    message: `${what}: ${status ? `HTTP ${status}: ` : ''}${detail}`,
  });
  const own = status === undefined ? undefined : overrides[status];
  if (own) return make(own.type, own.retryable);
  if (status === undefined) return make(types.Unavailable, true);
  if (status === 200) return make(types.MalformedResponse, true);
  if (status === 401) return make(types.Unauthenticated, false);
  if (status === 403) return make(types.PermissionDenied, false);
  if (status === 404) return make(types.NotFound, false);
  if (status === 429) return make(types.RateLimited, true);
  if (status >= 500 || status === 408) return make(types.Unavailable, true);
  return make(types.BadRequest, false);
}

/**
 * Classifies an error thrown before an answer was read: a body over the response cap (found by its class, through
 * a cause chain) is malformed and not retried, anything else is a network failure, retried.
 */
export function classifyHttpThrown(types: HttpFailureTypes, what: string, err: unknown): ClassifiedHttpError {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : '';
  const detail = `${err instanceof Error ? err.message : String(err)} ${cause}`.trim();
  const classified = classifyHttpAnswer(types, what, undefined, detail);
  return isResponseTooLarge(err)
    ? { ...classified, type: types.MalformedResponse, retryable: false }
    : classified;
}

/** The classified error as an ApplicationFailure of its type, non-retryable for permanent types. */
export function toHttpFailure(c: ClassifiedHttpError): ApplicationFailure {
  return ApplicationFailure.create({
    type: c.type,
    message: c.message,
    nonRetryable: !c.retryable,
    details: [{ status: c.status ?? null }],
  });
}

/** An answer that is not the body asked for, already classified (thrown by a client or caller, read by its classifier). */
export class HttpAnswerError extends Error {
  constructor(readonly classified: ClassifiedHttpError) {
    super(classified.message);
  }
}

/** The caller's classifier of a REST provider: an HttpAnswerError keeps its class, any other throw is classified here. */
export function httpClassifier(types: HttpFailureTypes): ErrorClassifier<ClassifiedHttpError> {
  return {
    classify: (err, what) =>
      err instanceof HttpAnswerError ? err.classified : classifyHttpThrown(types, what, err),
    toFailure: toHttpFailure,
  };
}

/** A Retry-After header (seconds or an HTTP date) in milliseconds from now, or undefined when absent or unreadable. */
export function retryAfterMs(raw: string | null): number | undefined {
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}
