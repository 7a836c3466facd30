import { HotpotError } from '../../errors.js';
import { defaultLiteral } from './default-literal.js';
import type { SchemaChange } from './schema-diff.js';
import type { ColumnSchema, IndexSchema, TableSchema } from './table-schema.js';

function columnSql(table: string, c: ColumnSchema): string {
  const parts = [c.name.padEnd(18), c.type];
  if (!c.nullable) parts.push('not null');
  if (c.default !== null) parts.push(`default ${defaultLiteral(c.type, c.default, `${table}.${c.name}`)}`);
  return parts.join(' ');
}

function indexSql(table: string, i: IndexSchema): string {
  const using = i.using === 'btree' ? '' : ` using ${i.using}`;
  const where = i.where ? ` where ${i.where}` : '';
  return `create ${i.unique ? 'unique ' : ''}index ${i.name} on ${table}${using} (${i.columns.join(', ')})${where};`;
}

/** `create table` for a table and its indexes, one column a line. */
function createTableSql(t: TableSchema): string {
  const body = [
    ...t.columns.map((c) => columnSql(t.name, c)),
    `primary key (${t.primaryKey.join(', ')})`,
    ...t.checks.map((c) => `check (${c})`),
  ];
  return [
    `create table ${t.name} (\n${body.map((l) => `  ${l}`).join(',\n')}\n);`,
    ...t.indexes.map((i) => indexSql(t.name, i)),
  ].join('\n');
}

function refuse(table: string, column: ColumnSchema, step: string): never {
  throw new HotpotError(
    `${table}: column ${column.name} is declared not null without a default, so ${step} would fail on a table ` +
      'that has rows: declare a default (or keep it nullable), then render again',
  );
}

/** Conversions PostgreSQL always makes; any other type change starts the column over (see alterTypeSql). */
const safeCasts = new Set([
  'integer>bigint',
  'bigint>integer',
  'integer>text',
  'bigint>text',
  'boolean>text',
]);

/**
 * A type change. Typed columns are derived from the stored raw objects, so a change PostgreSQL cannot cast starts
 * the column at its default (or null) and the re-derivation `hotpot migrate` and workers run on a changed
 * declaration fills it again from raw.
 */
function alterTypeSql(table: string, column: ColumnSchema, from: string): string {
  const name = column.name;
  const where = `${table}.${name}`;
  if (!column.nullable && column.default === null) refuse(table, column, 'changing its type');
  const using = safeCasts.has(`${from}>${column.type}`)
    ? `${name}::${column.type}`
    : column.default === null
      ? `null::${column.type}`
      : defaultLiteral(column.type, column.default, where);
  return [
    `alter table ${table} alter column ${name} drop default;`,
    `alter table ${table} alter column ${name} type ${column.type} using ${using};`,
  ].join('\n');
}

/** The SQL of one change; a change the generator cannot make safely is an error saying what to declare instead. */
export function changeSql(c: SchemaChange): string {
  const alter = (table: string, rest: string) => `alter table ${table} ${rest};`;
  switch (c.change) {
    case 'create-table':
      return createTableSql(c.table);
    case 'add-column':
      if (!c.column.nullable && c.column.default === null) refuse(c.table, c.column, 'adding it');
      return alter(c.table, `add column ${columnSql(c.table, c.column).replace(/ +/, ' ')}`);
    case 'drop-column':
      return alter(c.table, `drop column ${c.column}`);
    case 'alter-type':
      return alterTypeSql(c.table, c.column, c.from);
    case 'drop-not-null':
      return alter(c.table, `alter column ${c.column.name} drop not null`);
    case 'set-not-null': {
      if (c.column.default === null) refuse(c.table, c.column, 'setting not null');
      const value = defaultLiteral(c.column.type, c.column.default, `${c.table}.${c.column.name}`);
      return [
        `update ${c.table} set ${c.column.name} = ${value} where ${c.column.name} is null;`,
        alter(c.table, `alter column ${c.column.name} set not null`),
      ].join('\n');
    }
    case 'set-default':
      return alter(
        c.table,
        `alter column ${c.column.name} set default ${defaultLiteral(c.column.type, c.column.default!, `${c.table}.${c.column.name}`)}`,
      );
    case 'drop-default':
      return alter(c.table, `alter column ${c.column.name} drop default`);
    case 'create-index':
      return indexSql(c.table, c.index);
    case 'drop-index':
      return `drop index ${c.index};`;
    case 'unrenderable':
      throw new HotpotError(
        `${c.table}: ${c.problem}; the generator does not change keys or checks: write that step by hand`,
      );
  }
}
