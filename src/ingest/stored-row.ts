import type { ResourceDefinition } from '../provider/resource.js';
import { fingerprintOf } from './fingerprint.js';
import { maxItemBytes } from './rejected-items.js';
import { rowProblem } from './row-check.js';

const nulEscape = /(^|[^\\])(\\\\)*\\u0000/;

/** Why an item's JSON text cannot be stored (too large, or a NUL PostgreSQL refuses), or undefined when it can. */
export function textProblem(text: string): string | undefined {
  if (text.length > maxItemBytes)
    return `object of ${text.length} bytes exceeds the ${maxItemBytes}-byte limit`;
  if (nulEscape.test(text)) return 'contains a NUL character (U+0000), which PostgreSQL cannot store';
  return undefined;
}

/**
 * The JSON of the row an item is stored as: the declaration's typed columns, the fingerprint and the item's text
 * as `raw`. Throws (the message says why) when the converter or the column types refuse the item.
 */
export function storedRowJson(
  resource: ResourceDefinition,
  types: Record<string, string>,
  p: { id: string; item: unknown; text: string; fingerprint: string },
): string {
  const row = resource.convert(p.item) as Record<string, unknown>;
  const problem = rowProblem(row, types);
  if (problem) throw new Error(problem);
  if (row.id !== p.id) throw new Error(`converted id ${String(row.id)} differs from the listed id`);
  const typed = JSON.stringify({ ...row, fingerprint: p.fingerprint });
  return `${typed.slice(0, -1)},"raw":${p.text}}`;
}

/**
 * The stored rows of one page that needs no rejection (every item identified, unique, storable and converted), or
 * undefined when any item would be rejected: such a page goes through the ScopeWriter, which records why.
 */
export function cleanRows(
  resource: ResourceDefinition,
  types: Record<string, string>,
  items: readonly unknown[],
): string[] | undefined {
  const ids = new Set<string>();
  const rows: string[] = [];
  try {
    for (const item of items) {
      const id = resource.identify(item);
      if (ids.has(id)) return undefined;
      ids.add(id);
      const text = JSON.stringify(item);
      if (textProblem(text)) return undefined;
      rows.push(storedRowJson(resource, types, { id, item, text, fingerprint: fingerprintOf(text) }));
    }
  } catch {
    return undefined;
  }
  return rows;
}
