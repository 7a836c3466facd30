import { registerSecret } from './known-secrets.js';
import { redactUrl } from './redact-url.js';
import { REDACTED, Secret } from './secret.js';
import type { HotpotConfig } from './types.js';

/** Field names whose string values are secrets wherever they appear (provider sections included). */
export const SECRET_KEYS: ReadonlySet<string> = new Set([
  'token',
  'secretId',
  'json',
  'password',
  'private_key',
  'clientSecret',
  'apiKey',
  'apiToken',
]);

/** Registers every secret-named string value in a raw tree (a provider section) as a known secret. */
export function registerSecretsIn(value: unknown, key?: string): void {
  if (typeof value === 'string') {
    if (key !== undefined && SECRET_KEYS.has(key)) registerSecret(value);
  } else if (Array.isArray(value)) for (const v of value) registerSecretsIn(v);
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) registerSecretsIn(v, k);
}

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
