import { sql, type Kysely } from 'kysely';

/** An item a listing returned that could not be stored, with why. */
export interface RejectedItem {
  itemId: string | null;
  error: string;
  text: string;
}

/** Longest API object stored (its JSON text); larger ones are rejected, their previous version kept. */
export const maxItemBytes = 4 * 1024 * 1024;

/** Records rejected items of one scope in a run (an excerpt, never the whole object). */
export async function recordRejected(
  db: Kysely<unknown>,
  key: { runId: string; scope: string; kind: string },
  items: readonly RejectedItem[],
): Promise<void> {
  if (!items.length) return;
  await sql`
    insert into ingest_rejected_items (run_id, scope, resource_kind, item_id, error, size_bytes, excerpt)
    select ${key.runId}, ${key.scope}, ${key.kind}, x.item_id, x.error, x.size_bytes, x.excerpt
    from unnest(${items.map((i) => i.itemId)}::text[], ${items.map((i) => i.error.slice(0, 1000))}::text[],
                ${items.map((i) => i.text.length)}::int[], ${items.map((i) => excerpt(i.text))}::text[])
      as x(item_id, error, size_bytes, excerpt)`.execute(db);
}

/** The object's JSON text, or its string form when it has none. */
export function safeText(item: unknown): string {
  try {
    return JSON.stringify(item) ?? String(item);
  } catch {
    return String(item);
  }
}

function excerpt(text: string): string {
  return text.slice(0, 500).replaceAll('\u0000', '\\u0000');
}
