import type { Kysely } from 'kysely';
import { HotpotError } from '../errors.js';
import { html, type Html } from './html.js';
import type { Section } from './layout.js';
import type { PageRequest } from './page-request.js';

/** What a page renders: its JSON twin (`data`), its body, and the part htmx swaps on filter and paging requests. */
export interface PageResult {
  section: Section;
  title: string;
  data: unknown;
  body: Html;
  /** The `#results` element alone, sent to htmx requests; pages without one always send the whole document. */
  fragment?: Html;
}

/** A page: reads through `tx` (a read-only transaction) and renders. */
export type Page = (tx: Kysely<unknown>, request: PageRequest) => Promise<PageResult>;

/** A page or resource that does not exist (404). */
export class NotFound extends HotpotError {}

/** A page saying what went wrong (a bad filter, an unknown run…). */
export function errorPage(message: string): PageResult {
  return {
    section: 'overview',
    title: 'Not available',
    data: { error: message },
    body: html`<h1>Not available</h1>
      <p class="error">${message}</p>`,
  };
}

/** Encodes a paging cursor for a URL. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Decodes a cursor from a URL; a damaged one is a 400 with what to do. */
export function decodeCursor<T>(
  text: string | undefined,
  valid: (value: unknown) => value is T,
): T | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (valid(value)) return value;
  throw new HotpotError('the paging cursor in this URL is damaged: start again from the first page');
}
