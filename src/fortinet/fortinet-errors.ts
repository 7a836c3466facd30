import { ApplicationFailure } from '@temporalio/common';
import { FortinetFailureType } from './failure-types.js';

/** A failed FortiOS call, classified: retry or stop, and how to name it. */
export interface ClassifiedFortinetError {
  type: string;
  retryable: boolean;
  status: number | undefined;
  retryAfterMs: number | undefined;
  message: string;
}

/**
 * Classifies an HTTP answer (or `undefined` status for no answer); `what` names the call. 200 here means a body
 * that is not a well-formed success envelope for the path asked: malformed, retried (a body over the response cap
 * is classified where the fetch throws, in the caller: malformed, not retried). 424 (FortiOS "failed dependency": an unknown VDOM or table) stops the scope.
 */
export function classifyFortinet(
  what: string,
  status: number | undefined,
  detail: string,
  retryAfter: string | null = null,
): ClassifiedFortinetError {
  const make = (type: string, retryable: boolean): ClassifiedFortinetError => ({
    type,
    retryable,
    status,
    retryAfterMs: retryAfterMs(retryAfter),
    message: `${what}: ${status ? `HTTP ${status}: ` : ''}${detail}`,
  });
  if (status === undefined) return make(FortinetFailureType.Unavailable, true);
  if (status === 200) return make(FortinetFailureType.MalformedResponse, true);
  if (status === 401) return make(FortinetFailureType.Unauthenticated, false);
  if (status === 403) return make(FortinetFailureType.PermissionDenied, false);
  if (status === 404) return make(FortinetFailureType.NotFound, false);
  if (status === 424) return make(FortinetFailureType.FailedDependency, false);
  if (status === 429) return make(FortinetFailureType.RateLimited, true);
  if (status >= 500 || status === 408) return make(FortinetFailureType.Unavailable, true);
  return make(FortinetFailureType.BadRequest, false);
}

/** The error text of a FortiOS error envelope (`status`, `http_status`, `error` code, `cli_error`), or a cut of the raw text. */
export function errorDetail(text: string): string {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    if (typeof body === 'object' && body !== null) {
      const parts = [
        typeof body.status === 'string' && `status ${body.status}`,
        typeof body.error === 'number' && `error ${body.error}`,
        typeof body.cli_error === 'string' && body.cli_error.slice(0, 200),
      ].filter(Boolean);
      if (parts.length) return parts.join(', ');
    }
  } catch {
    // not JSON (FortiOS answers some errors with an HTML page): fall through to the raw text
  }
  return text.replace(/\s+/g, ' ').slice(0, 200) || 'empty body';
}

/** The classified error as an ApplicationFailure, non-retryable for permanent types. */
export function toFortinetFailure(c: ClassifiedFortinetError): ApplicationFailure {
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
