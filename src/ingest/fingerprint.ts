import { createHash } from 'node:crypto';

/** Fingerprint of an API object's JSON text. Key order counts here; the writer compares content when it differs. */
export function fingerprintOf(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** Fingerprint of a value's JSON text. */
export function fingerprint(value: unknown): string {
  return fingerprintOf(JSON.stringify(value));
}
