import { timingSafeEqual } from 'node:crypto';

/** The cookie that carries the token after `?token=` was given once. */
export const TOKEN_COOKIE = 'hotpot_console';

function same(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token a request presents: `Authorization: Bearer …` or the console cookie. */
export function presentedToken(headers: { authorization?: string; cookie?: string }): string | undefined {
  const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  if (bearer !== undefined) return bearer;
  for (const part of (headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** True when `given` is the token (compared in constant time). */
export function tokenMatches(given: string | undefined, token: string): boolean {
  return given !== undefined && same(given, token);
}

/** The Set-Cookie value that stores the token for this console (HttpOnly, same-site only, `Secure` behind TLS). */
export function tokenCookie(token: string, secure = false): string {
  return `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}
