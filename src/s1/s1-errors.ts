import { classifyHttpAnswer, type ClassifiedHttpError } from '../provider/http-answer.js';
import { S1FailureType } from './failure-types.js';
import type { S1ErrorBody } from './types.js';

/** A failed S1 call, classified: retry or stop, and how to name it. */
export type ClassifiedS1Error = ClassifiedHttpError;

/** Classifies an HTTP answer (or `undefined` status for no answer) with S1's failure types; S1 adds no status of its own. */
export function classifyS1(
  what: string,
  status: number | undefined,
  detail: string,
  retryAfter: string | null = null,
): ClassifiedS1Error {
  return classifyHttpAnswer(S1FailureType, what, status, detail, retryAfter);
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
