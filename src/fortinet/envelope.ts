import type { FortiEnvelope } from './types.js';

/** What a success envelope must say to be the answer to the request sent. */
export interface EnvelopeExpectation {
  /** The table's path and name as FortiOS echoes them: `firewall` + `policy`, `firewall.service` + `custom`. */
  path: string;
  name: string;
  vdom: string;
  /** `array` for a table listing or a get by key, `object` for a monitor answer. */
  results: 'array' | 'object';
}

/**
 * The envelope when it is a well-formed success answer to this request, else a throw saying what is wrong: a body
 * that is not an object, `status` not `success`, `http_status` not 200, another table's or VDOM's answer,
 * `results` of the wrong shape or with non-object entries, a `matched_count` that is not a count. Such a page
 * is malformed (retried, then the scope fails) and is never taken for a short or empty table. A monitor answer may
 * leave `http_status` out (public examples of monitor answers differ on it); when present it must be 200.
 */
export function checkEnvelope<R>(body: unknown, expect: EnvelopeExpectation): FortiEnvelope<R> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new Error('body is not a JSON object');
  const e = body as Partial<FortiEnvelope>;
  if (e.status !== 'success') throw new Error(`status is ${JSON.stringify(e.status)}, not "success"`);
  if (e.http_status !== 200 && (expect.results === 'array' || e.http_status !== undefined))
    throw new Error(`http_status is ${JSON.stringify(e.http_status)}, not 200`);
  if (e.http_method !== 'GET') throw new Error(`http_method is ${JSON.stringify(e.http_method)}, not "GET"`);
  if (e.path !== expect.path || e.name !== expect.name)
    throw new Error(`answer for ${String(e.path)}/${String(e.name)}, not ${expect.path}/${expect.name}`);
  if (e.vdom !== expect.vdom)
    throw new Error(`answer for VDOM ${JSON.stringify(e.vdom)}, not "${expect.vdom}"`);
  if (expect.results === 'array') {
    if (!Array.isArray(e.results)) throw new Error('results is not an array');
    if (e.results.some((r) => typeof r !== 'object' || r === null || Array.isArray(r)))
      throw new Error('results holds a non-object entry');
  } else if (typeof e.results !== 'object' || e.results === null || Array.isArray(e.results))
    throw new Error('results is not an object');
  if (e.matched_count !== undefined && !(Number.isInteger(e.matched_count) && e.matched_count >= 0))
    throw new Error('matched_count is not a count');
  if (e.revision !== undefined && typeof e.revision !== 'string') throw new Error('revision is not a string');
  return e as FortiEnvelope<R>;
}

/** Whether a 404 body is FortiOS's own "entry not found" answer for this table and key (deletion evidence). */
export function isNotFoundFor(body: unknown, expect: EnvelopeExpectation, mkey: string): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const e = body as Partial<FortiEnvelope>;
  return (
    e.status === 'error' &&
    e.http_status === 404 &&
    e.path === expect.path &&
    e.name === expect.name &&
    e.vdom === expect.vdom &&
    String(e.mkey) === mkey
  );
}
