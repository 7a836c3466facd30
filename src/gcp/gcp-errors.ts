import { ApplicationFailure } from '@temporalio/common';
import { isResponseTooLarge } from '../http/capped-fetch.js';
import { GcpFailureType } from './failure-types.js';
import { MalformedListingError } from './listing-shape.js';

/** What a failed Google call means for us: retry or stop, and how to name it. */
export interface ClassifiedGcpError {
  type: string;
  retryable: boolean;
  status: number | undefined;
  reason: string | undefined;
  /** Server-requested delay from Retry-After, in ms. */
  retryAfterMs: number | undefined;
  message: string;
}

interface GaxiosLike {
  status?: number;
  code?: string | number;
  message?: string;
  response?: { status?: number; data?: unknown; headers?: unknown };
}

const retryableNetworkCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
]);

/** Maps an error thrown by @googleapis/compute (gaxios) to a failure type; `what` names the call for messages. */
export function classifyGcpError(err: unknown, what: string): ClassifiedGcpError {
  const e = (err ?? {}) as GaxiosLike;
  const status = e.response?.status ?? (typeof e.status === 'number' ? e.status : undefined);
  const body = parseErrorBody(e.response?.data);
  const reason = body?.errors?.[0]?.reason;
  const detail = body?.message ?? e.message ?? String(err);
  const make = (type: string, retryable: boolean): ClassifiedGcpError => ({
    type,
    retryable,
    status,
    reason,
    retryAfterMs: retryAfter(e.response?.headers),
    message: `${what}: ${status ? `HTTP ${status}${reason ? ` ${reason}` : ''}: ` : ''}${detail}`,
  });
  if (status === undefined && isResponseTooLarge(err)) return make(GcpFailureType.MalformedResponse, false);
  if (status === undefined) {
    const code = String(e.code ?? '');
    if (
      retryableNetworkCodes.has(code) ||
      /socket hang up|ECONNRESET|terminated|premature close/i.test(detail)
    ) {
      return make(GcpFailureType.Unavailable, true);
    }
    if (err instanceof SyntaxError || err instanceof MalformedListingError)
      return make(GcpFailureType.MalformedResponse, true);
    return make(GcpFailureType.Unavailable, true);
  }
  if (
    status === 429 ||
    (status === 403 &&
      reason !== undefined &&
      /rateLimitExceeded|userRateLimitExceeded|quotaExceeded/.test(reason))
  ) {
    return make(GcpFailureType.RateLimited, true);
  }
  if (status === 403 && reason === 'accessNotConfigured') return make(GcpFailureType.ApiDisabled, false);
  if (status === 403) return make(GcpFailureType.PermissionDenied, false);
  if (status === 401) return make(GcpFailureType.Unauthenticated, false);
  if (status === 404) return make(GcpFailureType.ProjectNotFound, false);
  if (status === 400) return make(GcpFailureType.BadRequest, false);
  if (status >= 500 || status === 408) return make(GcpFailureType.Unavailable, true);
  return make(GcpFailureType.BadRequest, false);
}

/** The classified error as an ApplicationFailure (non-retryable for permanent types). */
export function toApplicationFailure(c: ClassifiedGcpError): ApplicationFailure {
  return ApplicationFailure.create({
    type: c.type,
    message: c.message,
    nonRetryable: !c.retryable,
    details: [{ status: c.status ?? null, reason: c.reason ?? null }],
  });
}

function parseErrorBody(data: unknown): { message?: string; errors?: { reason?: string }[] } | undefined {
  let value = data;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const error = (value as { error?: unknown } | undefined)?.error;
  return error && typeof error === 'object'
    ? (error as { message?: string; errors?: { reason?: string }[] })
    : undefined;
}

function retryAfter(headers: unknown): number | undefined {
  let raw: string | null | undefined;
  if (headers && typeof (headers as Headers).get === 'function')
    raw = (headers as Headers).get('retry-after');
  else if (headers && typeof headers === 'object')
    raw = (headers as Record<string, string | undefined>)['retry-after'];
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}
