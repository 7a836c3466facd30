import { ApplicationFailure } from '@temporalio/common';
import { isResponseTooLarge } from '../http/capped-fetch.js';
import { S1FailureType } from './failure-types.js';
import type { S1ErrorBody } from './types.js';

/** A failed S1 call, classified: retry or stop, and how to name it. */
export interface ClassifiedS1Error {
  type: string;
  retryable: boolean;
  status: number | undefined;
  retryAfterMs: number | undefined;
  message: string;
}

/** Classifies an error thrown before an answer was read: a body over the cap is malformed and not retried, anything else unavailable. */
export function classifyS1Thrown(what: string, err: unknown): ClassifiedS1Error {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : '';
  const detail = `${err instanceof Error ? err.message : String(err)} ${cause}`.trim();
  if (isResponseTooLarge(err))
    return {
      ...classifyS1(what, undefined, detail),
      type: S1FailureType.MalformedResponse,
      retryable: false,
    };
  return classifyS1(what, undefined, detail);
}

/** Classifies an HTTP answer (or `undefined` status for no answer / a malformed body); `what` names the call. */
export function classifyS1(
  what: string,
  status: number | undefined,
  detail: string,
  retryAfter: string | null = null,
): ClassifiedS1Error {
  const make = (type: string, retryable: boolean): ClassifiedS1Error => ({
    type,
    retryable,
    status,
    retryAfterMs: retryAfterMs(retryAfter),
    message: `${what}: ${status ? `HTTP ${status}: ` : ''}${detail}`,
  });
  if (status === undefined) return make(S1FailureType.Unavailable, true);
  if (status === 200) return make(S1FailureType.MalformedResponse, true);
  if (status === 401) return make(S1FailureType.Unauthenticated, false);
  if (status === 403) return make(S1FailureType.PermissionDenied, false);
  if (status === 404) return make(S1FailureType.NotFound, false);
  if (status === 429) return make(S1FailureType.RateLimited, true);
  if (status >= 500 || status === 408) return make(S1FailureType.Unavailable, true);
  return make(S1FailureType.BadRequest, false);
}

/** The error text of an S1 error body (`errors[0]`: title, detail, code), or a cut of the raw text. */
export function errorDetail(text: string): string {
  try {
    const first = (JSON.parse(text) as Partial<S1ErrorBody>).errors?.[0];
    if (first)
      return [first.title, first.detail, first.code && `(code ${first.code})`].filter(Boolean).join(': ');
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.slice(0, 200) || 'empty body';
}

/** The classified error as an ApplicationFailure, non-retryable for permanent types. */
export function toS1Failure(c: ClassifiedS1Error): ApplicationFailure {
  return ApplicationFailure.create({
    type: c.type,
    message: c.message,
    nonRetryable: !c.retryable,
    details: [{ status: c.status ?? null }],
  });
}

function retryAfterMs(raw: string | null): number | undefined {
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}
