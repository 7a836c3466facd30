import { HotpotError } from '../errors.js';

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Parses a time given as ISO-8601, `now`, or relative to now like `-2h`, `-30m`, `-7d` (units s m h d w). */
export function parseTime(text: string, option: string, now: Date = new Date()): Date {
  const trimmed = text.trim();
  if (trimmed === 'now') return now;
  const relative = /^-?(\d+(?:\.\d+)?)\s*([smhdw])$/.exec(trimmed);
  if (relative) return new Date(now.getTime() - Number(relative[1]) * UNIT_MS[relative[2]!]!);
  if (/^\d{4}-\d{2}-\d{2}/.test(trimmed)) {
    const ms = Date.parse(trimmed);
    if (!Number.isNaN(ms)) return new Date(ms);
  }
  throw new HotpotError(
    `${option} '${text}' is not a time: use ISO-8601 (2025-01-31 or 2025-01-31T12:00:00Z) or a relative time like -2h, -30m, -7d`,
  );
}
