import { REDACTED } from './secret.js';

/** Shorter values are not tracked: replacing them everywhere would mangle ordinary text. */
const MIN_LENGTH = 6;
const known = new Set<string>();

/**
 * Adds a secret value (a token, password, key, or a line of one) to this process's known secrets, which
 * `redactKnownSecrets` removes from any text. Every `Secret` registers itself; providers register what they
 * derive (an AppRole client token, a key's private lines).
 */
export function registerSecret(value: string | undefined): void {
  if (value === undefined) return;
  const lines = value.split(/\r\n|\r|\n/).map((l) => l.trim());
  for (const form of [value, value.trim(), ...lines.filter((l) => !l.startsWith('-----'))])
    if (form.length >= MIN_LENGTH) known.add(form);
}

/** `text` with every known secret (raw, percent-encoded or JSON-escaped) replaced by `<redacted>`. */
export function redactKnownSecrets(text: string): string {
  if (known.size === 0 || text.length === 0) return text;
  let out = text;
  const forms = new Set<string>();
  for (const s of known)
    for (const f of [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]) forms.add(f);
  for (const form of [...forms].sort((a, b) => b.length - a.length))
    if (out.includes(form)) out = out.split(form).join(REDACTED);
  return out;
}

/** Redacts known secrets in place from an error's message and stack, its cause chain and its details; returns it. */
export function redactError<T>(err: T, seen = new Set<unknown>()): T {
  if (typeof err !== 'object' || err === null || seen.has(err)) return err;
  seen.add(err);
  const e = err as { message?: unknown; stack?: unknown; cause?: unknown; details?: unknown };
  for (const key of ['message', 'stack'] as const) {
    const value = e[key];
    if (typeof value === 'string') {
      const clean = redactKnownSecrets(value);
      if (clean !== value)
        Object.defineProperty(e, key, { value: clean, writable: true, configurable: true });
    }
  }
  if (Array.isArray(e.details)) e.details = e.details.map((d) => redactValue(d));
  redactError(e.cause, seen);
  return err;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactKnownSecrets(value);
  if (Array.isArray(value)) return value.map(redactValue);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v)]));
  return value;
}
