import { classifyHttpAnswer, type ClassifiedHttpError } from '../provider/http-answer.js';
import { VngFailureType } from './failure-types.js';

/** A failed VNG call, classified: retry or stop, and how to name it. */
export type ClassifiedVngError = ClassifiedHttpError;

/** Classifies an HTTP answer (`undefined` status: no answer) with VNG's failure types; VNG adds no status of its own. */
export function classifyVng(
  what: string,
  status: number | undefined,
  detail: string,
  retryAfter: string | null = null,
): ClassifiedVngError {
  return classifyHttpAnswer(VngFailureType, what, status, detail, retryAfter);
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
