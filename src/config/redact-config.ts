import { redactUrl } from './redact-url.js';
import { REDACTED, Secret } from './secret.js';
import type { HotpotConfig } from './types.js';

const SECRET_KEYS = new Set(['token', 'secretId', 'json', 'password', 'private_key']);

/** A plain, printable copy of the config: every Secret, secret-named field and URL password becomes `<redacted>`. */
export function redactConfig(config: HotpotConfig): Record<string, unknown> {
  return redact(config) as Record<string, unknown>;
}

function redact(value: unknown, key?: string): unknown {
  if (value instanceof Secret) return REDACTED;
  if (typeof value === 'string')
    return key !== undefined && SECRET_KEYS.has(key) ? REDACTED : redactUrl(value);
  if (Array.isArray(value)) return value.map((v) => redact(v));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, k)]));
  }
  return value;
}
