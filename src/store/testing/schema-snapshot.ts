import { sql, type Kysely } from 'kysely';

/** One table exactly as the catalogs describe it: columns in order, constraints and index definitions by name. */
export interface TableSnapshot {
  columns: string[];
  constraints: Record<string, string>;
  indexes: Record<string, string>;
}

/** Every table of the current schema and the recorded migrations, for comparing two stores exactly. */
export async function schemaSnapshot(
  db: Kysely<unknown>,
): Promise<{ tables: Record<string, TableSnapshot>; migrations: string[] }> {
  const columns = await sql<{ table: string; column: string }>`
    select c.relname::text as table, a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
      || case when a.attnotnull then ' not null' else '' end
      || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '') as column
    from pg_attribute a join pg_class c on c.oid = a.attrelid
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where c.relnamespace = to_regnamespace(current_schema())::oid and c.relkind = 'r'
      and a.attnum > 0 and not a.attisdropped
    order by c.relname, a.attnum`.execute(db);
  const constraints = await sql<{ table: string; name: string; def: string }>`
    select c.relname::text as table, k.conname::text as name, pg_get_constraintdef(k.oid) as def
    from pg_constraint k join pg_class c on c.oid = k.conrelid
    where c.relnamespace = to_regnamespace(current_schema())::oid order by 1, 2`.execute(db);
  const indexes = await sql<{ table: string; name: string; def: string }>`
    select tablename::text as table, indexname::text as name, indexdef as def from pg_indexes
    where schemaname = current_schema() order by 1, 2`.execute(db);
  const tables: Record<string, TableSnapshot> = {};
  const of = (t: string) => (tables[t] ??= { columns: [], constraints: {}, indexes: {} });
  for (const r of columns.rows) of(r.table).columns.push(r.column);
  for (const r of constraints.rows) of(r.table).constraints[r.name] = r.def;
  for (const r of indexes.rows) of(r.table).indexes[r.name] = r.def;
  const migrations = await sql<{ m: string }>`
    select version || ' ' || name as m from hotpot_migrations order by version`.execute(db);
  return { tables, migrations: migrations.rows.map((r) => r.m) };
}
