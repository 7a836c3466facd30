import { parseTime } from '../query/user-input.js';

/** What a page sees of its request: path parameters, the query string, and the "as of" time if one was asked. */
export interface PageRequest {
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Set when the URL carries `as_of`: the page shows the estate as it was then. */
  asOf?: Date;
  now: Date;
}

/** The query value of `name`, trimmed; undefined when absent or empty. */
export function param(request: PageRequest, name: string): string | undefined {
  const value = request.query.get(name)?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** Reads `as_of` by the CLI's rule (parseTime: a time without zone is UTC, as the picker sends it; never future). */
export function parseAsOf(text: string | undefined, now: Date): Date | undefined {
  if (text === undefined || text.trim() === '' || text.trim() === 'now') return undefined;
  return parseTime(text, 'as_of', { now });
}

/** A URL to `path` keeping the current `as_of` (unless overridden); empty values are left out. */
export function link(
  request: Pick<PageRequest, 'query'>,
  path: string,
  params: Record<string, string | number | undefined | null> = {},
): string {
  const query = new URLSearchParams();
  const asOf = request.query.get('as_of');
  if (asOf && !('as_of' in params)) query.set('as_of', asOf);
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') query.set(k, typeof v === 'number' ? v.toString() : v);
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** The path of a resource's page. */
export function resourcePath(kind: string, project: unknown, id: unknown): string {
  return `/resources/${[kind, project, id].map((p) => encodeURIComponent(String(p))).join('/')}`;
}
