import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level, so equal content gives equal text whatever the key order
 * (undefined members are left out, as JSON.stringify does). Hand-rolled: it runs once per listed resource.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value) ?? 'null';
}

function canonical(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += canonical(value[i]) ?? 'null';
    }
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).sort();
  let out = '{';
  for (const key of keys) {
    const member = canonical(obj[key]);
    if (member === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${member}`;
  }
  return `${out}}`;
}

/** Content fingerprint of canonical JSON text: changes exactly when the content does. */
export function fingerprintOf(canonicalText: string): string {
  return createHash('sha1').update(canonicalText).digest('base64url');
}

/** Content fingerprint of a value. */
export function fingerprint(value: unknown): string {
  return fingerprintOf(canonicalJson(value));
}
