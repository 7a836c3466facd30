import { HotpotError } from '../../errors.js';
import { reservedWords } from './reserved-words.js';
import {
  resolveColumn,
  type ColumnDeclaration,
  type ColumnDefault,
  type ColumnIndex,
} from './column-spec.js';

/** One column of a table, every field decided; `type` is the SQL type as declarations spell it. */
export interface ColumnSchema {
  name: string;
  type: string;
  nullable: boolean;
  default: ColumnDefault | null;
}

/** One index of a table; `where` is a partial index's predicate. */
export interface IndexSchema {
  name: string;
  columns: readonly string[];
  using: ColumnIndex;
  unique: boolean;
  where: string | null;
}

/** A table as the schema generator and the live-schema check see it. */
export interface TableSchema {
  name: string;
  columns: readonly ColumnSchema[];
  primaryKey: readonly string[];
  checks: readonly string[];
  indexes: readonly IndexSchema[];
}

/** What the schema generator needs of a resource declaration. */
export interface TableDeclaration {
  kind: string;
  table: string;
  columns: Readonly<Record<string, ColumnDeclaration>>;
}

const identifier = /^[a-z_][a-z0-9_]*$/;

/** A name the generated DDL can write unquoted: lower-case letters, digits and `_`, and no reserved word. */
function plainIdentifier(name: string): boolean {
  return identifier.test(name) && !reservedWords.has(name);
}

function engine(name: string, type: string, nullable = false): ColumnSchema {
  return { name, type, nullable, default: null };
}

/** Columns every resource table has before its declared ones. */
const leading = [
  engine('scope', 'text'),
  engine('id', 'text'),
  engine('name', 'text'),
  engine('location', 'text'),
];

/** Columns every resource table has after its declared ones. */
const trailing = [
  engine('creation_timestamp', 'timestamptz', true),
  engine('fingerprint', 'text'),
  engine('raw', 'jsonb'),
  engine('first_seen', 'timestamptz'),
  engine('valid_from', 'timestamptz'),
];

/** Columns only the history table has: when a version stopped being current, and whether it ended in deletion. */
const historyOnly = [engine('valid_to', 'timestamptz', true), engine('deleted_at', 'timestamptz', true)];

const engineColumns = new Set([...leading, ...trailing, ...historyOnly].map((c) => c.name));

/** PostgreSQL keeps the first 63 bytes of an identifier (NAMEDATALEN - 1) and drops the rest without a word. */
const maxIdentifierBytes = 63;

function btree(table: string, suffix: string, columns: string[], where: string | null = null): IndexSchema {
  const name = `${table}_${suffix}_idx`.slice(0, maxIdentifierBytes);
  return { name, columns, using: 'btree', unique: false, where };
}

/** The declared columns, checked: a bad name or one the engine owns is an error naming the table and column. */
function declaredColumns(declaration: TableDeclaration): [ColumnSchema, ColumnIndex | null][] {
  if (!plainIdentifier(declaration.table))
    throw new HotpotError(
      `${declaration.kind}: table name ${JSON.stringify(declaration.table)} is not a plain SQL identifier (lower-case letters, digits and _, not a reserved word)`,
    );
  if (`${declaration.table}_history`.length > maxIdentifierBytes)
    throw new HotpotError(
      `${declaration.kind}: table name ${declaration.table} is too long: its history table's name must fit PostgreSQL's ${maxIdentifierBytes} bytes`,
    );
  return Object.entries(declaration.columns).map(([name, declared]) => {
    if (!plainIdentifier(name))
      throw new HotpotError(
        `${declaration.table}: column name ${JSON.stringify(name)} is not a plain SQL identifier (lower-case letters, digits and _, not a reserved word)`,
      );
    if (engineColumns.has(name))
      throw new HotpotError(
        `${declaration.table}: column ${name} is one every resource table has; declare another name`,
      );
    const column = resolveColumn(declared);
    return [{ name, type: column.type, nullable: column.nullable, default: column.default }, column.index];
  });
}

/**
 * The current and history tables of a resource, derived from its declaration: the engine's key and bookkeeping
 * columns around the declared ones, the primary keys, the name/location lookups and declared indexes on the
 * current table, and the history table's open-version, valid_from and valid_to indexes.
 */
export function resourceTables(declaration: TableDeclaration): {
  current: TableSchema;
  history: TableSchema;
} {
  const t = declaration.table;
  const declared = declaredColumns(declaration);
  const columns = [...leading, ...declared.map(([c]) => c), ...trailing];
  const current: TableSchema = {
    name: t,
    columns,
    primaryKey: ['scope', 'id'],
    checks: [],
    indexes: [
      btree(t, 'name', ['scope', 'name']),
      btree(t, 'location', ['scope', 'location']),
      ...declared.flatMap(([c, using]) =>
        using ? [{ ...btree(t, c.name, [c.name]), using } satisfies IndexSchema] : [],
      ),
    ],
  };
  const h = `${t}_history`;
  const history: TableSchema = {
    name: h,
    columns: [...columns, ...historyOnly],
    primaryKey: ['scope', 'id', 'valid_from'],
    checks: ['valid_to is null or valid_to >= valid_from'],
    indexes: [
      { ...btree(h, 'open', ['scope', 'id'], 'valid_to is null'), unique: true },
      btree(h, 'valid_from', ['valid_from']),
      btree(h, 'valid_to', ['valid_to'], 'valid_to is not null'),
    ],
  };
  return { current, history };
}
