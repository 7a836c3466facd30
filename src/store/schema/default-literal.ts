import { HotpotError } from '../../errors.js';
import type { ColumnDefault } from './column-spec.js';

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((i) => `"${i.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/** A default value as a SQL literal of the column's type; a value the type cannot hold is an error naming both. */
export function defaultLiteral(type: string, value: ColumnDefault, where: string): string {
  const wrong = () =>
    new HotpotError(`${where}: default ${JSON.stringify(value)} is not a value of type ${type}`);
  switch (type) {
    case 'text':
    case 'timestamptz':
      if (typeof value !== 'string') throw wrong();
      if (type === 'timestamptz' && Number.isNaN(Date.parse(value))) throw wrong();
      return quote(value);
    case 'integer':
    case 'bigint':
      if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
      if (typeof value === 'string' && /^-?\d{1,18}$/.test(value)) return value;
      throw wrong();
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong();
      return String(value);
    case 'text[]':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw wrong();
      return quote(arrayLiteral(value));
    case 'jsonb':
      if (typeof value !== 'object') throw wrong();
      return quote(JSON.stringify(value));
  }
  throw wrong();
}

/** Parses PostgreSQL's text form of a text[] value (`{a,"b c",NULL}`). */
function parseArray(text: string): (string | null)[] | undefined {
  if (!text.startsWith('{') || !text.endsWith('}')) return undefined;
  const items: (string | null)[] = [];
  const body = text.slice(1, -1);
  let i = 0;
  while (i < body.length) {
    if (body[i] === '"') {
      let item = '';
      i++;
      while (i < body.length && body[i] !== '"') {
        if (body[i] === '\\') i++;
        item += body[i] ?? '';
        i++;
      }
      items.push(item);
      i += 2;
    } else {
      const end = body.indexOf(',', i);
      const item = body.slice(i, end < 0 ? body.length : end);
      items.push(item === 'NULL' ? null : item);
      i = end < 0 ? body.length : end + 1;
    }
  }
  return items;
}

function sortedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedJson);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortedJson((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/** A comparable text for a declared default of a column type. */
export function declaredDefaultKey(type: string, value: ColumnDefault | null): string | null {
  if (value === null) return null;
  if (type === 'jsonb') return JSON.stringify(sortedJson(value));
  if (type === 'text[]') return JSON.stringify(value);
  if (type === 'timestamptz' && typeof value === 'string') return new Date(value).toISOString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * A comparable text for a live default expression as PostgreSQL prints it (`'{}'::text[]`, `0`, `'-1'::integer`,
 * `false`); an expression that is not a plain literal is kept as it is printed, so it never equals a declared value.
 */
export function liveDefaultKey(type: string, expression: string | null): string | null {
  if (expression === null) return null;
  const literal = /^'((?:[^']|'')*)'::[a-z ]+(\[\])?$/.exec(expression);
  const text = literal ? literal[1]!.replaceAll("''", "'") : expression.replace(/^\((-?\d+)\)$/, '$1');
  try {
    if (type === 'jsonb' && literal) return JSON.stringify(sortedJson(JSON.parse(text)));
    if (type === 'text[]' && literal) return JSON.stringify(parseArray(text) ?? expression);
    if (type === 'timestamptz' && literal)
      return new Date(text.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')).toISOString();
  } catch {
    return expression;
  }
  if (!literal && type !== 'integer' && type !== 'bigint' && type !== 'boolean') return expression;
  return text;
}
