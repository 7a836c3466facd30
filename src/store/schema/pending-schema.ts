import { sql, type Kysely } from 'kysely';
import { changeSql } from './render-ddl.js';
import { liveTable } from './live-schema.js';
import { diffTable, type SchemaChange } from './schema-diff.js';
import { resourceTables, type TableDeclaration } from './table-schema.js';

/** What one declaration needs for its current and history tables to match it. */
export interface PendingResource {
  kind: string;
  table: string;
  changes: SchemaChange[];
}

/** Every declaration whose tables differ from the database, with the changes, in declaration order. */
export async function pendingSchema(
  db: Kysely<unknown>,
  declarations: readonly TableDeclaration[],
): Promise<PendingResource[]> {
  const pending: PendingResource[] = [];
  for (const declaration of declarations) {
    const { current, history } = resourceTables(declaration);
    const changes = [
      ...diffTable(current, await liveTable(db, current.name)),
      ...diffTable(history, await liveTable(db, history.name)),
    ];
    if (changes.length) pending.push({ kind: declaration.kind, table: declaration.table, changes });
  }
  return pending;
}

/** Resource-shaped tables (a table with a `_history` twin) that no declaration names: never dropped by the generator. */
export async function undeclaredTables(
  db: Kysely<unknown>,
  declarations: readonly TableDeclaration[],
): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    select c.relname::text as name from pg_class c
    where c.relkind = 'r' and c.relnamespace = to_regnamespace(current_schema())::oid
      and to_regclass(quote_ident(current_schema()) || '.' || quote_ident(c.relname || '_history')) is not null
    order by c.relname`.execute(db);
  const declared = new Set(declarations.map((d) => d.table));
  return rows.rows.map((r) => r.name).filter((t) => !declared.has(t));
}

const header = [
  '-- Rendered by `hotpot migrate render` from the resource declarations (src/store/schema): review it and commit',
  '-- it; never edit it once applied. A changed declaration renders a new migration.',
].join('\n');

/** The text of a migration that brings the pending declarations' tables to their declarations. */
export function migrationSql(pending: readonly PendingResource[]): string {
  const blocks = pending.map((p) => [`-- ${p.kind}`, ...p.changes.map(changeSql)].join('\n'));
  return `${[header, ...blocks].join('\n\n')}\n`;
}
