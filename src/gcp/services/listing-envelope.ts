import { MalformedListingError } from '../listing-shape.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(what: string, problem: string): never {
  throw new MalformedListingError(`${what}: not a well-formed listing: ${problem}`);
}

/** What a service's listing body must look like. */
export interface EnvelopeSpec {
  /** The body's `kind` (`sql#instancesList`, `storage#buckets`); newer APIs carry none. */
  kind?: string;
  /** The list of objects (`clusters`, `items`, `accounts`, `keys`, `bindings`), absent when empty. */
  field: string;
  /** Fields that, when present, must be lists of strings (`missingZones`, `unreachable`). */
  stringLists?: readonly string[];
  /** Fields that, when present, must be lists of objects (`warnings`). */
  objectLists?: readonly string[];
}

/**
 * Checks a listing body of a service beyond Compute: a JSON object with the method's `kind` (when it has one),
 * `field` a list of objects when present, `nextPageToken` a string when present, and the named side lists well
 * typed. A body failing it is retried, then the scope fails and deletes nothing.
 */
export function checkEnvelope(body: unknown, spec: EnvelopeSpec, what: string): void {
  if (!isObject(body)) fail(what, 'the body is not a JSON object');
  if (spec.kind !== undefined && body.kind !== spec.kind)
    fail(what, `kind is ${JSON.stringify(body.kind ?? null)}, expected "${spec.kind}"`);
  if (body.nextPageToken != null && typeof body.nextPageToken !== 'string')
    fail(what, 'nextPageToken is not a string');
  const items = body[spec.field];
  if (items != null) {
    if (!Array.isArray(items)) fail(what, `${spec.field} is not a list`);
    if (!items.every(isObject)) fail(what, `${spec.field} holds a non-object item`);
  }
  for (const f of spec.stringLists ?? []) {
    const v = body[f];
    if (v != null && !(Array.isArray(v) && v.every((s) => typeof s === 'string')))
      fail(what, `${f} is not a list of strings`);
  }
  for (const f of spec.objectLists ?? []) {
    const v = body[f];
    if (v != null && !(Array.isArray(v) && v.every(isObject))) fail(what, `${f} is not a list of objects`);
  }
}
