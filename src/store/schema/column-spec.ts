/** SQL types a typed column may have. */
export type ColumnType = 'text' | 'text[]' | 'jsonb' | 'bigint' | 'integer' | 'boolean' | 'timestamptz';

/** A column default, as a value: rendered as a SQL literal of the column's type. */
export type ColumnDefault = string | number | boolean | readonly string[] | Readonly<Record<string, unknown>>;

/** The index a typed column gets on the current table: `btree` for equality and ranges, `gin` for containment. */
export type ColumnIndex = 'btree' | 'gin';

/**
 * A typed column stated fully. Omitted fields follow the convention every table has used: `text[]` and `jsonb`
 * are `not null` with an empty default (`{}`), other types nullable without default; no index.
 */
export interface ColumnSpec {
  type: ColumnType;
  nullable?: boolean;
  /** `null` states "no default" for a type whose convention has one. */
  default?: ColumnDefault | null;
  index?: ColumnIndex;
}

/** A declared column: its type alone (the convention applies) or its full statement. */
export type ColumnDeclaration = ColumnType | ColumnSpec;

/** A column with every field decided. */
export interface ResolvedColumn {
  type: ColumnType;
  nullable: boolean;
  default: ColumnDefault | null;
  index: ColumnIndex | null;
}

const emptyByConvention: Partial<Record<ColumnType, ColumnDefault>> = { 'text[]': [], jsonb: {} };

/** A declared column with today's conventions filled in. */
export function resolveColumn(column: ColumnDeclaration): ResolvedColumn {
  const spec: ColumnSpec = typeof column === 'string' ? { type: column } : column;
  const conventional = emptyByConvention[spec.type];
  const nullable = spec.nullable ?? conventional === undefined;
  const fallback = nullable ? null : (conventional ?? null);
  return {
    type: spec.type,
    nullable,
    default: spec.default === undefined ? fallback : spec.default,
    index: spec.index ?? null,
  };
}

/** The SQL type of a declared column. */
export function columnType(column: ColumnDeclaration): ColumnType {
  return typeof column === 'string' ? column : column.type;
}
