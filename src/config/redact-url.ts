import { REDACTED } from './secret.js';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const SECRET_PARAM = /^(?:[a-z0-9_.-]*(?:pass|pwd|secret|token)[a-z0-9_.-]*|sslkey|key)$/i;
const PARAM = /([?&;])([^=&;#?]*)=((?:(?!&[^=&;#]*=|;[^=&;#]*=|#).)*)/gis;

/**
 * The URL with every password replaced by `<redacted>`: the userinfo password (up to the last `@`, so an
 * unencoded `@`, `/`, `?` or `#` in it is covered too) and the value of any password-like query parameter
 * (`password=`, `sslpassword=`, `token=`, …). Works on text that is not a valid URL.
 */
export function redactUrl(url: string): string {
  const scheme = SCHEME.exec(url)?.[0];
  if (scheme === undefined) return url;
  let rest = url.slice(scheme.length);
  const at = rest.lastIndexOf('@');
  if (at !== -1) {
    const colon = rest.indexOf(':');
    if (colon !== -1 && colon < at) rest = `${rest.slice(0, colon + 1)}${REDACTED}${rest.slice(at)}`;
  }
  return scheme + redactParams(rest);
}

function redactParams(text: string): string {
  return text.replace(PARAM, (whole, sep: string, key: string, value: string) =>
    SECRET_PARAM.test(safeDecode(key)) && value !== '' ? `${sep}${key}=${REDACTED}` : whole,
  );
}

/** The secrets a URL carries (userinfo password, password-like parameters), raw and decoded, to scrub from other text. */
export function urlSecrets(url: string): string[] {
  const scheme = SCHEME.exec(url)?.[0];
  if (scheme === undefined) return [];
  const rest = url.slice(scheme.length);
  const found: string[] = [];
  const at = rest.lastIndexOf('@');
  const colon = rest.indexOf(':');
  if (at !== -1 && colon !== -1 && colon < at) found.push(rest.slice(colon + 1, at));
  for (const [, , key, value] of rest.matchAll(PARAM))
    if (SECRET_PARAM.test(safeDecode(key!)) && value) found.push(value);
  return [...new Set(found.flatMap((s) => [s, safeDecode(s), safeDecode(s.replace(/\+/g, ' '))]))].filter(
    (s) => s.length > 0,
  );
}

/** `text` with every URL in it redacted and each of `secrets` (raw or percent-encoded) replaced by `<redacted>`. */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(/[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (url) => redactUrl(url));
  const forms = secrets.flatMap((s) => [s, encodeURIComponent(s)]).filter((s) => s.length > 0);
  for (const form of [...new Set(forms)].sort((a, b) => b.length - a.length))
    out = out.split(form).join(REDACTED);
  return out;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
