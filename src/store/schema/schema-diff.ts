import { declaredDefaultKey, liveDefaultKey } from './default-literal.js';
import type { LiveTable } from './live-schema.js';
import type { ColumnSchema, IndexSchema, TableSchema } from './table-schema.js';

/** One step that brings a live table to its declaration. */
export type SchemaChange =
  | { change: 'create-table'; table: TableSchema }
  | { change: 'add-column'; table: string; column: ColumnSchema }
  | { change: 'drop-column'; table: string; column: string }
  | { change: 'alter-type'; table: string; column: ColumnSchema; from: string }
  | { change: 'set-not-null' | 'drop-not-null'; table: string; column: ColumnSchema }
  | { change: 'set-default' | 'drop-default'; table: string; column: ColumnSchema; from: string | null }
  | { change: 'create-index'; table: string; index: IndexSchema }
  | { change: 'drop-index'; table: string; index: string }
  | { change: 'unrenderable'; table: string; problem: string };

/** Lower case, no parentheses or spaces: how predicates and checks compare across PostgreSQL's own printing. */
const bare = (expression: string | null) =>
  expression
    ?.toLowerCase()
    .replace(/^check/, '')
    .replace(/[()\s]/g, '') ?? null;

function sameIndex(a: IndexSchema, b: IndexSchema): boolean {
  return (
    a.using === b.using &&
    a.unique === b.unique &&
    a.columns.join() === b.columns.join() &&
    bare(a.where) === bare(b.where)
  );
}

function columnChanges(declared: TableSchema, live: LiveTable): SchemaChange[] {
  const table = declared.name;
  const changes: SchemaChange[] = [];
  const liveColumns = new Map(live.columns.map((c) => [c.name, c]));
  for (const column of declared.columns) {
    const found = liveColumns.get(column.name);
    if (!found) {
      changes.push({ change: 'add-column', table, column });
      continue;
    }
    const retyped = found.type !== column.type;
    if (column.nullable && !found.nullable) changes.push({ change: 'drop-not-null', table, column });
    if (retyped) changes.push({ change: 'alter-type', table, column, from: found.type });
    if (!column.nullable && found.nullable) changes.push({ change: 'set-not-null', table, column });
    if (
      retyped ||
      declaredDefaultKey(column.type, column.default) !== liveDefaultKey(found.type, found.default)
    )
      changes.push({
        change: column.default === null ? 'drop-default' : 'set-default',
        table,
        column,
        from: found.default,
      });
  }
  const declaredNames = new Set(declared.columns.map((c) => c.name));
  for (const column of live.columns)
    if (!declaredNames.has(column.name)) changes.push({ change: 'drop-column', table, column: column.name });
  return changes;
}

function indexChanges(declared: TableSchema, live: LiveTable): SchemaChange[] {
  const table = declared.name;
  const changes: SchemaChange[] = [];
  const liveIndexes = new Map(live.indexes.map((i) => [i.name, i]));
  const declaredNames = new Set(declared.indexes.map((i) => i.name));
  for (const index of live.indexes) {
    const wanted = declared.indexes.find((i) => i.name === index.name);
    if (!declaredNames.has(index.name) || (wanted && !sameIndex(wanted, index)))
      changes.push({ change: 'drop-index', table, index: index.name });
  }
  for (const index of declared.indexes) {
    const found = liveIndexes.get(index.name);
    if (!found || !sameIndex(index, found)) changes.push({ change: 'create-index', table, index });
  }
  return changes;
}

/**
 * What differs between a table's declaration and the table in the database, as the steps that would make them
 * equal: columns (type, nullability, default), indexes, and the primary key and checks (which the generator
 * never alters: a difference there is reported, not rendered). Column order is not compared.
 */
export function diffTable(declared: TableSchema, live: LiveTable | undefined): SchemaChange[] {
  if (!live) return [{ change: 'create-table', table: declared }];
  const table = declared.name;
  const changes = [...columnChanges(declared, live), ...indexChanges(declared, live)];
  if (declared.primaryKey.join() !== live.primaryKey.join())
    changes.push({
      change: 'unrenderable',
      table,
      problem: `primary key is (${live.primaryKey.join(', ')}), declared (${declared.primaryKey.join(', ')})`,
    });
  const liveChecks = live.checks.map(bare).sort().join(' ');
  if (declared.checks.map(bare).sort().join(' ') !== liveChecks)
    changes.push({
      change: 'unrenderable',
      table,
      problem: `checks are [${live.checks.join('; ')}], declared [${declared.checks.join('; ')}]`,
    });
  return changes;
}

/** One line per change, naming the table and column or index: what the schema check prints. */
export function describeChange(c: SchemaChange): string {
  switch (c.change) {
    case 'create-table':
      return `${c.table.name}: table missing`;
    case 'add-column':
      return `${c.table}: column ${c.column.name} (${c.column.type}) missing`;
    case 'drop-column':
      return `${c.table}: column ${c.column} is not declared`;
    case 'alter-type':
      return `${c.table}: column ${c.column.name} is ${c.from}, declared ${c.column.type}`;
    case 'set-not-null':
    case 'drop-not-null':
      return `${c.table}: column ${c.column.name} is ${c.column.nullable ? 'not null' : 'nullable'}, declared ${c.column.nullable ? 'nullable' : 'not null'}`;
    case 'set-default':
    case 'drop-default':
      return `${c.table}: column ${c.column.name} has default ${c.from ?? 'none'}, declared ${c.column.default === null ? 'none' : JSON.stringify(c.column.default)}`;
    case 'create-index':
      return `${c.table}: index ${c.index.name} missing or different`;
    case 'drop-index':
      return `${c.table}: index ${c.index} is not declared or differs`;
    case 'unrenderable':
      return `${c.table}: ${c.problem}`;
  }
}
