/**
 * Checks of what a person types, shared by the CLI (flags) and the console (query parameters) so both surfaces
 * accept and refuse the same values; `name` is the flag or parameter as that surface spells it.
 */
import { HotpotError } from '../errors.js';
import { NUMBERS, normalizeProtocol } from './exposure/protocols.js';

export { parseTime, type TimeContext } from './parse-time.js';

/** Protocol names Google accepts in firewall and forwarding rules (`all`: every protocol). */
export const PROTOCOL_NAMES: readonly string[] = [...Object.values(NUMBERS), 'all'];

/** A port: a whole number 0–65535 in decimal digits. */
export function parsePort(text: string, name: string): number {
  const trimmed = text.trim();
  const n = Number(trimmed);
  if (!/^\d{1,5}$/.test(trimmed) || n > 65535)
    throw new HotpotError(`${name} '${text}' is not a port: use a whole number from 0 to 65535`);
  return n;
}

/**
 * A protocol as Google names it (tcp, udp, icmp, esp, ah, ipip, sctp, all; any case) or an IP protocol number
 * 0–255; numbers of named protocols become names. `all` is every protocol: undefined.
 */
export function parseProtocol(text: string, name: string): string | undefined {
  const lower = text.trim().toLowerCase();
  const numeric = /^\d{1,3}$/.test(lower) && Number(lower) <= 255;
  if (!numeric && !PROTOCOL_NAMES.includes(lower))
    throw new HotpotError(
      `${name} '${text}' is not a protocol: use ${PROTOCOL_NAMES.join(', ')} or a protocol number from 0 to 255`,
    );
  return lower === 'all' ? undefined : normalizeProtocol(String(numeric ? Number(lower) : lower));
}

/** A whole number in decimal digits within [min, max]. */
export function parseWholeNumber(text: string, name: string, min: number, max: number): number {
  const trimmed = text.trim();
  const n = Number(trimmed);
  if (!/^\d{1,16}$/.test(trimmed) || n < min || n > max)
    throw new HotpotError(`${name} '${text}' is not a whole number from ${min} to ${max}`);
  return n;
}

/** Text a person typed (a filter, an id in a path): no NUL or other control characters, at most `max` characters. */
export function checkText(text: string, name: string, max = 2048): string {
  const control = /[\u0000-\u001f\u007f-\u009f]/.exec(text);
  if (control)
    throw new HotpotError(
      `${name} contains the control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}: remove it`,
    );
  if (text.length > max)
    throw new HotpotError(`${name} is ${text.length} characters long; at most ${max} are accepted`);
  return text;
}
