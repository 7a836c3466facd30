/** A response that is not a well-formed listing of the method called; retried, then the scope fails and deletes nothing. */
export class MalformedListingError extends Error {
  override name = 'MalformedListingError';
}

const scopeKey = /^(zones|regions)\/[a-z0-9][a-z0-9-]*$|^global$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(what: string, problem: string): never {
  throw new MalformedListingError(`${what}: not a well-formed listing: ${problem}`);
}

function checkCommon(body: unknown, kind: string, what: string): Json {
  if (!isObject(body)) fail(what, 'the body is not a JSON object');
  if (body.kind !== kind) fail(what, `kind is ${JSON.stringify(body.kind ?? null)}, expected "${kind}"`);
  if (body.nextPageToken != null && typeof body.nextPageToken !== 'string')
    fail(what, 'nextPageToken is not a string');
  const unreachables = body.unreachables;
  if (
    unreachables != null &&
    !(Array.isArray(unreachables) && unreachables.every((u) => typeof u === 'string'))
  )
    fail(what, 'unreachables is not a list of strings');
  return body;
}

function checkItems(items: unknown, what: string, where: string): void {
  if (!Array.isArray(items)) fail(what, `${where} is not a list`);
  for (const item of items) if (!isObject(item)) fail(what, `${where} holds a non-object item`);
}

/**
 * Checks an aggregatedList body: the method's `kind`, `items` an object keyed `zones/…`, `regions/…` (or `global`),
 * each scope an object whose `field` (when present) is a list of objects and whose warning has a code.
 */
export function checkAggregatedListing(body: unknown, kind: string, field: string, what: string): void {
  const checked = checkCommon(body, kind, what);
  if (checked.items == null) return;
  if (!isObject(checked.items)) fail(what, 'items is not an object keyed by scope');
  for (const [scope, value] of Object.entries(checked.items)) {
    if (!scopeKey.test(scope))
      fail(what, `scope key ${JSON.stringify(scope)} is not zones/…, regions/… or global`);
    if (!isObject(value)) fail(what, `scope ${scope} is not an object`);
    if (value[field] != null) checkItems(value[field], what, `${scope}.${field}`);
    const warning = value.warning;
    if (warning != null && !(isObject(warning) && typeof warning.code === 'string'))
      fail(what, `scope ${scope} has a warning without a code`);
  }
}

/** Checks a (global) list body: the method's `kind` and `items` a list of objects when present. */
export function checkListing(body: unknown, kind: string, what: string): void {
  const checked = checkCommon(body, kind, what);
  if (checked.items != null) checkItems(checked.items, what, 'items');
}
