import type { S1GroundTruth } from './s1-state.js';

/** An answer of the emulated API: status, JSON body, extra headers. */
export interface S1Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const PREFIX = '/web/api/v2.1/';
const ID_FILTERS: Record<string, string> = { agents: 'ids', sites: 'siteIds', groups: 'groupIds' };

/** The collection a path names (`agents`, `sites`, `groups`), or undefined. */
export function collectionOf(pathname: string): string | undefined {
  if (!pathname.startsWith(PREFIX)) return undefined;
  const name = pathname.slice(PREFIX.length).replace(/\/+$/, '');
  return name in ID_FILTERS ? name : undefined;
}

/** The API's error answer: `{ errors: [{ code, detail, title }] }`. */
export function s1Error(status: number, code: number, title: string, detail: string | null = null): S1Answer {
  return { status, body: { errors: [{ code, detail, title }] } };
}

/**
 * A list answer with the real API's paging: `limit` 1–1000 (default 10), an opaque `cursor` (keyset on id, so
 * objects deleted or created between pages never shift others), `pagination: { nextCursor, totalItems }`;
 * filters by id (`ids`, `siteIds`, `groupIds`), `accountIds` and, for groups and agents, `siteIds`.
 */
export function listAnswer(truth: S1GroundTruth, collection: string, params: URLSearchParams): S1Answer {
  const limitText = params.get('limit') ?? '10';
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    return s1Error(400, 4000010, 'Validation Error', `limit: must be between 1 and 1000, got ${limitText}`);
  let after: bigint | undefined;
  const cursor = params.get('cursor');
  if (cursor) {
    try {
      after = BigInt((JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { id_gt: string }).id_gt);
    } catch {
      return s1Error(400, 4000010, 'Validation Error', 'cursor: invalid cursor');
    }
  }
  let items = (truth as unknown as Record<string, { id: string; accountId?: string; siteId?: string }[]>)[
    collection
  ]!;
  const set = (name: string) => params.get(name)?.split(',').filter(Boolean);
  const ids = set(ID_FILTERS[collection]!);
  if (ids) items = items.filter((o) => ids.includes(o.id));
  const accounts = set('accountIds');
  if (accounts) items = items.filter((o) => accounts.includes(accountOf(truth, o)));
  const sites = collection === 'sites' ? undefined : set('siteIds');
  if (sites) items = items.filter((o) => sites.includes(o.siteId ?? ''));
  const sorted = [...items].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  const rest = after === undefined ? sorted : sorted.filter((o) => BigInt(o.id) > after);
  const page = rest.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor =
    rest.length > limit && last
      ? Buffer.from(JSON.stringify({ id_gt: last.id })).toString('base64url')
      : null;
  const pagination = { nextCursor, totalItems: sorted.length };
  if (collection !== 'sites') return { status: 200, body: { data: page, pagination } };
  const totals = truth.sites.reduce(
    (t, s) => ({
      activeLicenses: t.activeLicenses + (s.activeLicenses ?? 0),
      totalLicenses: t.totalLicenses + (s.totalLicenses ?? 0),
    }),
    { activeLicenses: 0, totalLicenses: 0 },
  );
  return { status: 200, body: { data: { allSites: totals, sites: page }, pagination } };
}

function accountOf(truth: S1GroundTruth, o: { accountId?: string; siteId?: string }): string {
  return o.accountId ?? truth.sites.find((s) => s.id === o.siteId)?.accountId ?? '';
}
