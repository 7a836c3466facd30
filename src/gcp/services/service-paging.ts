import type { ListPage } from '../../provider/resource.js';
import { checkEnvelope, type EnvelopeSpec } from './listing-envelope.js';
import type { ServiceContext } from './service-resource.js';

/** One listing method of a service: its name for logs and faults, and the envelope its answers must have. */
export interface ServiceListing<B, T> {
  /** e.g. `clusters.list`, `instances.list`. */
  method: string;
  envelope: EnvelopeSpec;
  /** The page's objects. */
  items(body: B): T[];
  /** Where the page's listing was complete and where it could not reach. */
  coverage(body: B): { locations: string[]; unreachable: string[] };
}

/**
 * Pages a service listing until no `nextPageToken` (a listing without paging answers once): every page is checked
 * against the method's envelope (else retried as malformed, then the scope fails and deletes nothing).
 */
export async function* servicePages<B extends { nextPageToken?: string | null }, T>(
  ctx: ServiceContext,
  listing: ServiceListing<B, T>,
  fetch: (pageToken: string | undefined) => Promise<{ data: B }>,
  subject = ctx.scope,
): AsyncGenerator<ListPage<T>> {
  const what = `${listing.method} ${subject}`;
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const body = await ctx.api.call(
      what,
      () => fetch(token),
      (b) => checkEnvelope(b, listing.envelope, what),
    );
    yield { items: listing.items(body), ...listing.coverage(body) };
    pageToken = body.nextPageToken ?? undefined;
  } while (pageToken);
}

/** Coverage of a listing of global (location-less) objects: complete, or the call would have failed. */
export const globalCoverage = () => ({ locations: ['global'], unreachable: [] });
