import { ApplicationFailure } from '@temporalio/common';
import type { GoogleApiCaller } from '../google-api-caller.js';
import { MalformedListingError } from '../listing-shape.js';

/** What a service's 404 for one named resource looks like: its reason (older APIs) or a message naming it. */
export interface GoneSpec {
  method: string;
  /** The resource's name, for logs. */
  path: string;
  /** The 404's `errors[0].reason` older APIs give (`notFound`, `instanceDoesNotExist`), or the reasons any of which proves it. */
  reason?: string | readonly string[];
  /** A text Google's 404 message must contain (newer APIs name the resource in it). */
  message?: string;
  /** Throws when the body is not the resource asked for. */
  check(body: unknown): void;
}

/**
 * Gets one resource of a service to check a deletion: its object, or 'gone' only when the API answers 404 with
 * the reason or message `spec` states. Anything else throws, so a forbidden or lying endpoint never proves a
 * deletion.
 */
export async function serviceGetOrGone<T>(
  api: GoogleApiCaller,
  spec: GoneSpec,
  fetch: () => Promise<{ data: T }>,
): Promise<T | 'gone'> {
  const what = `${spec.method} ${spec.path}`;
  try {
    return await api.call(what, fetch, (body) => {
      try {
        spec.check(body);
      } catch (err) {
        throw new MalformedListingError(`${what}: ${(err as Error).message}`);
      }
    });
  } catch (err) {
    if (isGone(err, spec)) return 'gone';
    throw err;
  }
}

function isGone(err: unknown, spec: GoneSpec): boolean {
  if (!(err instanceof ApplicationFailure)) return false;
  const detail = (err.details?.[0] ?? {}) as { status?: number | null; reason?: string | null };
  if (detail.status !== 404) return false;
  const reasons = typeof spec.reason === 'string' ? [spec.reason] : spec.reason;
  if (reasons !== undefined && !reasons.includes(detail.reason ?? '')) return false;
  return spec.message === undefined || err.message.includes(spec.message);
}

/** A check that the body is an object whose `field` equals `value`. */
export function expectField(field: string, value: string): (body: unknown) => void {
  return (body) => {
    const got = (body as Record<string, unknown> | null)?.[field];
    if (got !== value)
      throw new Error(`${field} is ${JSON.stringify(got ?? null)}, expected ${JSON.stringify(value)}`);
  };
}
