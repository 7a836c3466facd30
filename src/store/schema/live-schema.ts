import { sql, type Kysely } from 'kysely';
import type { ColumnIndex } from './column-spec.js';
import type { IndexSchema } from './table-schema.js';

/** A column as the database reports it: `default` is PostgreSQL's own printing of the expression. */
export interface LiveColumn {
  name: string;
  type: string;
  nullable: boolean;
  default: string | null;
}

/** A table as the database reports it, in the generator's terms; checks as `pg_get_constraintdef` prints them. */
export interface LiveTable {
  name: string;
  columns: LiveColumn[];
  primaryKey: string[];
  checks: string[];
  indexes: IndexSchema[];
}

const typeNames: Record<string, string> = { 'timestamp with time zone': 'timestamptz' };

/** Reads a table of the current schema from the catalogs (PostgreSQL 15+ and PGlite alike); undefined if absent. */
export async function liveTable(db: Kysely<unknown>, table: string): Promise<LiveTable | undefined> {
  const columns = await sql<{ name: string; type: string; not_null: boolean; default: string | null }>`
    select a.attname::text as name, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
      pg_get_expr(d.adbin, d.adrelid) as default
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where c.oid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(${table}))
      and a.attnum > 0 and not a.attisdropped
    order by a.attnum`.execute(db);
  if (!columns.rows.length) return undefined;
  const indexes = await sql<{
    name: string;
    using: string;
    unique: boolean;
    primary: boolean;
    columns: string[];
    where: string | null;
  }>`
    select i.relname::text as name, am.amname::text as using, x.indisunique as unique, x.indisprimary as primary,
      array(select a.attname::text from unnest(x.indkey::int2[]) with ordinality k(attnum, ord)
            join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum order by k.ord) as columns,
      pg_get_expr(x.indpred, x.indrelid) as where
    from pg_index x
    join pg_class i on i.oid = x.indexrelid
    join pg_am am on am.oid = i.relam
    where x.indrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(${table}))
    order by i.relname`.execute(db);
  const checks = await sql<{ def: string }>`
    select pg_get_constraintdef(oid) as def from pg_constraint
    where conrelid = to_regclass(quote_ident(current_schema()) || '.' || quote_ident(${table})) and contype = 'c'
    order by conname`.execute(db);
  return {
    name: table,
    columns: columns.rows.map((c) => ({
      name: c.name,
      type: typeNames[c.type] ?? c.type,
      nullable: !c.not_null,
      default: c.default,
    })),
    primaryKey: indexes.rows.find((i) => i.primary)?.columns ?? [],
    checks: checks.rows.map((c) => c.def),
    indexes: indexes.rows
      .filter((i) => !i.primary)
      .map((i) => ({
        name: i.name,
        columns: i.columns,
        using: i.using as ColumnIndex,
        unique: i.unique,
        where: i.where,
      })),
  };
}
