import type { ColumnType } from '../provider/resource.js';

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

function fits(type: ColumnType, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  switch (type) {
    case 'text':
      return typeof value === 'string';
    case 'text[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'bigint':
    case 'integer':
      return (
        (typeof value === 'number' && Number.isSafeInteger(value)) ||
        (typeof value === 'string' && /^-?\d{1,18}$/.test(value))
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'timestamptz':
      return typeof value === 'string' && rfc3339.test(value) && !Number.isNaN(Date.parse(value));
    case 'jsonb':
      return typeof value === 'object';
  }
}

/** Why a converted row cannot be stored in columns of these types, or undefined when it can. */
export function rowProblem(row: Record<string, unknown>, types: Record<string, string>): string | undefined {
  for (const key of ['id', 'name', 'location']) {
    if (typeof row[key] !== 'string' || row[key] === '')
      return `${key} is ${JSON.stringify(row[key] ?? null)}`;
  }
  for (const [column, type] of Object.entries(types)) {
    if (column === 'fingerprint' || column === 'raw') continue;
    const value = row[column];
    if (!fits(type as ColumnType, value))
      return `column ${column} (${type}) cannot hold ${JSON.stringify(value)?.slice(0, 80)}`;
  }
  return undefined;
}
