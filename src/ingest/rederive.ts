import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { rowColumnTypes, type ResourceDefinition } from '../provider/resource.js';
import { rowProblem } from './row-check.js';

/** What re-deriving did for one kind: rows rewritten in the current and history tables, and raw objects the converter refused. */
export interface Rederived {
  kind: string;
  current: number;
  history: number;
  refused: number;
}

/** The signature of what produces a kind's typed columns: its columns, its converter's code and its version. */
function resourceSignature(resource: ResourceDefinition): string {
  const text = JSON.stringify([rowColumnTypes(resource), resource.convert.toString(), resource.version ?? 1]);
  return createHash('sha1').update(text).digest('base64url');
}

const batch = 1000;

/**
 * For every kind whose signature changed since its rows were written, derives the typed columns of every stored
 * row (current and history) again from its raw object, in place: no new history version, raw and fingerprint
 * untouched. Runs under an advisory lock, so concurrent workers do it once. Returns what changed.
 */
export async function rederiveColumns(
  db: Kysely<unknown>,
  resources: readonly ResourceDefinition[],
): Promise<Rederived[]> {
  const done: Rederived[] = [];
  for (const resource of resources) {
    const signature = resourceSignature(resource);
    const result = await db.connection().execute(async (conn) => {
      await sql`select pg_advisory_lock(hashtext(${`rederive|${resource.kind}`}))`.execute(conn);
      try {
        const stored = await sql<{ signature: string }>`
          select signature from resource_signatures where resource_kind = ${resource.kind}`.execute(conn);
        if (stored.rows[0]?.signature === signature) return undefined;
        const counts: Rederived = { kind: resource.kind, current: 0, history: 0, refused: 0 };
        await rewrite(conn, resource, resource.table, false, counts);
        await rewrite(conn, resource, `${resource.table}_history`, true, counts);
        await sql`
          insert into resource_signatures (resource_kind, signature) values (${resource.kind}, ${signature})
          on conflict (resource_kind) do update set signature = excluded.signature, updated_at = clock_timestamp()`.execute(
          conn,
        );
        return counts;
      } finally {
        await sql`select pg_advisory_unlock(hashtext(${`rederive|${resource.kind}`}))`.execute(conn);
      }
    });
    if (result) done.push(result);
  }
  return done;
}

type Key = { scope: string; id: string; valid_from: string };

async function rewrite(
  db: Kysely<unknown>,
  resource: ResourceDefinition,
  table: string,
  history: boolean,
  counts: Rederived,
): Promise<void> {
  const types = rowColumnTypes(resource);
  const columns = Object.keys(types).filter((c) => c !== 'id' && c !== 'fingerprint' && c !== 'raw');
  const recordset = [
    'scope text',
    'id text',
    'valid_from timestamptz',
    ...columns.map((c) => `${c} ${types[c]}`),
  ].join(', ');
  const set = columns.map((c) => `${c} = x.${c}`).join(', ');
  let after: Key = { scope: '', id: '', valid_from: '-infinity' };
  for (;;) {
    const page = await sql<Key & { raw: unknown }>`
      select scope, id, valid_from::text as valid_from, raw from ${sql.table(table)}
      where (scope, id, valid_from) > (${after.scope}, ${after.id}, ${after.valid_from}::timestamptz)
      order by scope, id, valid_from limit ${batch}`.execute(db);
    if (!page.rows.length) return;
    const rows: string[] = [];
    for (const r of page.rows) {
      try {
        const row = resource.convert(r.raw) as Record<string, unknown>;
        if (rowProblem(row, types)) throw new Error('refused');
        rows.push(JSON.stringify({ ...row, scope: r.scope, id: r.id, valid_from: r.valid_from }));
      } catch {
        counts.refused++;
      }
    }
    if (rows.length) {
      await sql`
        update ${sql.table(table)} as t set ${sql.raw(set)}
        from jsonb_to_recordset(${`[${rows.join(',')}]`}::jsonb) as x(${sql.raw(recordset)})
        where t.scope = x.scope and t.id = x.id and t.valid_from = x.valid_from`.execute(db);
      if (history) counts.history += rows.length;
      else counts.current += rows.length;
    }
    after = page.rows.at(-1)!;
  }
}
