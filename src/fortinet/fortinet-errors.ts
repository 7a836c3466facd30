import {
  classifyHttpAnswer,
  type ClassifiedHttpError,
  type StatusOverrides,
} from '../provider/http-answer.js';
import { FortinetFailureType } from './failure-types.js';

/** A failed FortiOS call, classified: retry or stop, and how to name it. */
export type ClassifiedFortinetError = ClassifiedHttpError;

/** FortiOS answers 424 ("failed dependency") for an unknown VDOM or table: it stops the scope. */
const FORTIOS_STATUSES: StatusOverrides = {
  424: { type: FortinetFailureType.FailedDependency, retryable: false },
};

/**
 * Classifies an HTTP answer (or `undefined` status for no answer) with Fortinet's failure types and FortiOS's 424;
 * 200 here means a body that is not a well-formed success envelope for the path asked: malformed, retried.
 */
export function classifyFortinet(
  what: string,
  status: number | undefined,
  detail: string,
  retryAfter: string | null = null,
): ClassifiedFortinetError {
  return classifyHttpAnswer(FortinetFailureType, what, status, detail, retryAfter, FORTIOS_STATUSES);
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
