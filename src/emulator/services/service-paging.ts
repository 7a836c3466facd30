import { invalidArgument } from '../google-errors.js';

/** One page of `all` for a page-size parameter and `pageToken`, with the next token when more remain. */
export function servicePage<T>(
  all: readonly T[],
  params: URLSearchParams,
  sizeParam: string,
  limits: { default: number; max: number },
): { items: T[]; nextPageToken: string | undefined } {
  const raw = params.get(sizeParam);
  let size = limits.default;
  if (raw !== null && raw !== '') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw invalidArgument(
        `Invalid value for field '${sizeParam}': '${raw}'. Must be a non-negative integer.`,
      );
    if (n > 0) size = Math.min(n, limits.max);
  }
  const token = params.get('pageToken');
  const offset = token ? decode(token) : 0;
  const items = all.slice(offset, offset + size);
  return { items, nextPageToken: offset + size < all.length ? encode(offset + size) : undefined };
}

function encode(offset: number): string {
  return Buffer.from(`hotpot-svc:${offset}`).toString('base64url');
}

function decode(token: string): number {
  const m = /^hotpot-svc:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!m?.[1]) throw invalidArgument(`Invalid page token: '${token}'.`);
  return Number(m[1]);
}
