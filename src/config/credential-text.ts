import { CredentialsError } from './credentials-error.js';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const SPACE = /\s/;

/**
 * Why a token read from `source` cannot be used, or undefined: empty, several lines (an old and a new token
 * after a rotation), control characters or inner spaces (it would break the HTTP header it goes into). Names
 * the source, never the value.
 */
export function tokenProblem(value: string, source: string): string | undefined {
  const text = value.trim();
  if (text === '') return `${source} is empty`;
  const lines = text.split(/\r\n|\r|\n/).length;
  if (lines > 1) return `${source} holds ${lines} lines; it must hold exactly one token (the current one)`;
  if (CONTROL.test(text)) return `${source} holds control characters; a token is printable text`;
  if (SPACE.test(text)) return `${source} holds spaces; a token is one word`;
  return undefined;
}

/** The token from `source`, trimmed, or a CredentialsError naming the source (never the value) when it is unusable. */
export function checkedToken(value: string, source: string): string {
  const problem = tokenProblem(value, source);
  if (problem !== undefined) throw new CredentialsError(problem);
  return value.trim();
}
