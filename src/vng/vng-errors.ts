import { ApplicationFailure } from '@temporalio/common';
import { isResponseTooLarge } from '../http/capped-fetch.js';
import { VngFailureType } from './failure-types.js';

/** A failed VNG call, classified: retry or stop, and how to name it. */
export interface ClassifiedVngError {
  type: string;
  retryable: boolean;
  status: number | undefined;
  retryAfterMs: number | undefined;
  message: string;
}

/** Classifies an error thrown before an answer was read: a body over the cap is malformed and not retried, anything else unavailable. */
export function classifyVngThrown(what: string, err: unknown): ClassifiedVngError {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : '';
  const detail = `${err instanceof Error ? err.message : String(err)} ${cause}`.trim();
  const classified = classifyVng(what, undefined, detail);
  return isResponseTooLarge(err)
    ? { ...classified, type: VngFailureType.MalformedResponse, retryable: false }
    : classified;
}

/**
 * Classifies an HTTP answer (`undefined` status: no answer); `what` names the call. 200 here means a malformed
 * body (retried); 401/403/404/400 stop; 408, 429 and 5xx retry.
 */
export function classifyVng(
  what: string,
  status: number | undefined,
  detail: string,
  retryAfter: string | null = null,
): ClassifiedVngError {
  const make = (type: string, retryable: boolean): ClassifiedVngError => ({
    type,
    retryable,
    status,
    retryAfterMs: retryAfterMs(retryAfter),
    message: `${what}: ${status ? `HTTP ${status}: ` : ''}${detail}`,
  });
  if (status === undefined) return make(VngFailureType.Unavailable, true);
  if (status === 200) return make(VngFailureType.MalformedResponse, true);
  if (status === 401) return make(VngFailureType.Unauthenticated, false);
  if (status === 403) return make(VngFailureType.PermissionDenied, false);
  if (status === 404) return make(VngFailureType.NotFound, false);
  if (status === 429) return make(VngFailureType.RateLimited, true);
  if (status >= 500 || status === 408) return make(VngFailureType.Unavailable, true);
  return make(VngFailureType.BadRequest, false);
}

/**
 * The error text of a VNG error body: vServer's `{ message }`, IAM's `{ errors: [{ code, message }] }`, the
 * network gateway's `{ message, errorCode }`, OAuth's `{ error, error_description }`; else a cut of the raw text.
 */
export function errorDetail(text: string): string {
  try {
    const body = JSON.parse(text) as {
      message?: unknown;
      errorCode?: unknown;
      errors?: { code?: unknown; message?: unknown }[];
      error?: unknown;
      error_description?: unknown;
    };
    const first = Array.isArray(body.errors) ? body.errors[0] : undefined;
    const code = first ? first.code : body.errorCode;
    const parts = [
      first ? first.message : (body.message ?? body.error_description ?? body.error),
      typeof code === 'string' || typeof code === 'number' ? `(${first ? 'code ' : ''}${code})` : undefined,
    ];
    const found = parts.filter((p) => typeof p === 'string' && p.length > 0).join(' ');
    if (found) return found.slice(0, 300);
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.slice(0, 200) || 'empty body';
}

/** The classified error as an ApplicationFailure, non-retryable for permanent types. */
export function toVngFailure(c: ClassifiedVngError): ApplicationFailure {
  return ApplicationFailure.create({
    type: c.type,
    message: c.message,
    nonRetryable: !c.retryable,
    details: [{ status: c.status ?? null }],
  });
}

/** An answer that is not the body asked for, already classified (thrown by the client and the caller). */
export class VngAnswerError extends Error {
  constructor(readonly classified: ClassifiedVngError) {
    super(classified.message);
  }
}

function retryAfterMs(raw: string | null): number | undefined {
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}
