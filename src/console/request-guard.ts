import { isIP } from 'node:net';

/** True for a Host header naming this machine's loopback: `localhost` (and `*.localhost`), 127.0.0.0/8 or [::1], any port. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const name = (/^\[([^\]]+)\](?::\d+)?$/.exec(host)?.[1] ?? host.replace(/:\d+$/, '')).toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (isIP(name) === 4) return name.startsWith('127.');
  return name === '::1';
}

/** True for a bind address that only this machine can reach. */
export function isLoopbackBind(host: string): boolean {
  return isLoopbackHost(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
}

/**
 * Where to send the browser after `?token=` was accepted: always a path on this console. Leading slashes and
 * backslashes collapse to one `/`, so `//evil.example/x` (which browsers read as another site) cannot come out.
 */
export function sameOriginTarget(pathname: string, search: string): string {
  return `/${pathname.replace(/^[/\\]+/, '')}${search}`;
}

/** True when the request reached us over TLS (directly, or through a proxy that says so). */
export function overTls(protocol: string, forwardedProto: string | string[] | undefined): boolean {
  const forwarded = Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto;
  return protocol === 'https' || forwarded?.split(',')[0]?.trim().toLowerCase() === 'https';
}
