import { ApplicationFailure } from '@temporalio/common';
import type { GoogleApiCaller } from './google-api-caller.js';
import { MalformedListingError } from './listing-shape.js';

/** What a deletion check learnt: the resource as it is now, or proof that it is gone. */
export type Presence<T> = T | 'gone';

/**
 * Gets one resource to check a deletion: its object (validated to be of `kind`), or 'gone' only when Google
 * answers 404 notFound naming exactly `path` (`projects/p/zones/z/instances/n`). Anything else throws, so an
 * unreachable, forbidden or lying endpoint never proves a deletion.
 */
export async function getOrGone<T>(
  api: GoogleApiCaller,
  spec: { method: string; kind: string; path: string },
  fetch: () => Promise<{ data: T }>,
): Promise<Presence<T>> {
  const what = `${spec.method} ${spec.path}`;
  try {
    return await api.call(what, fetch, (body) => {
      const b = body as { kind?: unknown; id?: unknown };
      if (b.kind !== spec.kind || typeof b.id !== 'string')
        throw new MalformedListingError(
          `${what}: not a ${spec.kind} (kind ${JSON.stringify(b.kind ?? null)})`,
        );
    });
  } catch (err) {
    if (isNotFoundOf(err, spec.path)) return 'gone';
    throw err;
  }
}

/** True when `err` is Google's 404 notFound naming exactly `path`. */
export function isNotFoundOf(err: unknown, path: string): boolean {
  if (!(err instanceof ApplicationFailure)) return false;
  const detail = (err.details?.[0] ?? {}) as { status?: number | null; reason?: string | null };
  return (
    detail.status === 404 &&
    detail.reason === 'notFound' &&
    err.message.includes(`The resource '${path}' was not found`)
  );
}
