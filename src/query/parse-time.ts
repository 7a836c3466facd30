import { HotpotError } from '../errors.js';

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
/** The earliest time a query may name: nothing in an inventory predates it, and it keeps every time in SQL's range. */
export const EARLIEST = new Date(0);

/** Where a parsed time is measured from: `now` bounds it (no future), `base` anchors relative times (default now). */
export interface TimeContext {
  now?: Date;
  base?: Date;
}

/**
 * Parses a time a person gave: ISO-8601 (a date, or a date and time; without a zone it is UTC), `now`, or relative
 * to now like `-2h`, `-30m`, `-7d` (units s m h d w). An impossible date (`2025-02-30`, `T24:00`), a time before
 * 1970 or after now is a HotpotError naming `option`; the CLI and the console share this one rule.
 */
export function parseTime(text: string, option: string, context: TimeContext | Date = {}): Date {
  const { now = new Date(), base = now } = context instanceof Date ? { now: context } : context;
  const trimmed = text.trim();
  const at = trimmed === 'now' ? base : (relative(trimmed, base) ?? absolute(trimmed, text, option));
  if (at === undefined) throw notATime(text, option);
  if (Number.isNaN(at.getTime()) || at.getTime() < EARLIEST.getTime())
    throw new HotpotError(
      `${option} '${text}' is before ${EARLIEST.toISOString()}: nothing was inventoried then`,
    );
  if (at.getTime() > now.getTime())
    throw new HotpotError(
      `${option} '${text}' (${at.toISOString()}) is in the future: give a time up to now`,
    );
  return at;
}

function relative(text: string, base: Date): Date | undefined {
  const m = /^-?(\d+(?:\.\d+)?)\s*([smhdw])$/.exec(text);
  return m ? new Date(base.getTime() - Number(m[1]) * UNIT_MS[m[2]!]!) : undefined;
}

function absolute(trimmed: string, text: string, option: string): Date | undefined {
  const m = ISO.exec(trimmed);
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((p) => Number(p ?? 0));
  if (year! < EARLIEST.getUTCFullYear()) return new Date(-1);
  const ms = Number(`0.${m[7] ?? '0'}`) * 1000;
  const utc = Date.UTC(year!, month! - 1, day, hour, minute, second, Math.floor(ms));
  const d = new Date(utc);
  const real =
    d.getUTCFullYear() === year &&
    d.getUTCMonth() === month! - 1 &&
    d.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59;
  if (!real)
    throw new HotpotError(
      `${option} '${text}' is not a real date and time: month 01–12, a day the month has, hours 00–23, minutes and seconds 00–59`,
    );
  return new Date(utc - offsetMs(m[8], text, option));
}

function offsetMs(zone: string | undefined, text: string, option: string): number {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 23 || minutes > 59)
    throw new HotpotError(`${option} '${text}' has an impossible zone offset ${zone}`);
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

function notATime(text: string, option: string): HotpotError {
  return new HotpotError(
    `${option} '${text}' is not a time: use ISO-8601 (2025-01-31 or 2025-01-31T12:00:00Z; UTC without a zone) or a relative time like -2h, -30m, -7d`,
  );
}
