import { sql, type Kysely } from 'kysely';
import type { ResourceDefinition } from '../provider/resource.js';
import { safeText, type RejectedItem } from './rejected-items.js';

/** A listed object whose id an object listed before it already had. */
export interface DuplicateId {
  id: string;
  item: unknown;
}

/**
 * Rejections for objects skipped because their id was already listed (the first one listed is kept), each naming
 * both objects: the first is in `firsts` when listed on the same page, else in the scope's table.
 */
export async function duplicateIdsRejected(
  db: Kysely<unknown>,
  resource: ResourceDefinition,
  scope: string,
  duplicates: readonly DuplicateId[],
  firsts: ReadonlyMap<string, unknown>,
): Promise<RejectedItem[]> {
  const firstNames = new Map<string, string | undefined>();
  for (const { id } of duplicates) if (firsts.has(id)) firstNames.set(id, nameOf(resource, firsts.get(id)));
  const earlier = [...new Set(duplicates.map((d) => d.id).filter((id) => !firstNames.has(id)))];
  if (earlier.length) {
    const stored = await sql<{ id: string; name: string }>`
      select id, name from ${sql.table(resource.table)}
      where scope = ${scope} and id = any(${earlier}::text[])`.execute(db);
    for (const row of stored.rows) firstNames.set(row.id, row.name);
  }
  return duplicates.map(({ id, item }) => ({
    itemId: id,
    error:
      `duplicate id ${id} in the listing: ${quoted(nameOf(resource, item))} skipped, ` +
      `${quoted(firstNames.get(id))} (listed first) kept`,
    text: safeText(item),
  }));
}

/** The object's name as its row would carry it, when the converter can tell. */
function nameOf(resource: ResourceDefinition, item: unknown): string | undefined {
  try {
    return resource.convert(item).name;
  } catch {
    return undefined;
  }
}

function quoted(name: string | undefined): string {
  return name === undefined ? 'an object without a readable name' : JSON.stringify(name);
}
