import { invalidArgument } from '../google-errors.js';

/** Default page size of the Resource Manager and Service Usage list methods the emulator serves. */
const defaultRmPageSize = 100;
/** Largest page the emulator returns; larger requests are clamped, as Google does. */
const maxRmPageSize = 1000;

/** One page of `all` for `pageSize` / `pageToken`, with the next token when more remain. */
export function rmPage<T>(
  all: readonly T[],
  params: URLSearchParams,
): { items: T[]; nextPageToken: string | undefined } {
  const raw = params.get('pageSize');
  let size = defaultRmPageSize;
  if (raw !== null && raw !== '') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw invalidArgument(`Invalid value for field 'page_size': '${raw}'. Must be a non-negative integer.`);
    if (n > 0) size = Math.min(n, maxRmPageSize);
  }
  const token = params.get('pageToken');
  const offset = token ? decode(token) : 0;
  const items = all.slice(offset, offset + size);
  return { items, nextPageToken: offset + size < all.length ? encode(offset + size) : undefined };
}

function encode(offset: number): string {
  return Buffer.from(`hotpot-rm:${offset}`).toString('base64url');
}

function decode(token: string): number {
  const m = /^hotpot-rm:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!m?.[1]) throw invalidArgument(`Invalid page token: '${token}'.`);
  return Number(m[1]);
}
