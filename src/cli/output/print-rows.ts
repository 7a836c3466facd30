import { renderCsv, renderTable, type Column } from './table.js';

/** How a query command prints: an aligned table (default), JSON or CSV. */
export interface OutputFlags {
  json?: boolean;
  csv?: boolean;
}

/** Writes rows to stdout in the chosen format; JSON keeps every field, table and CSV show `columns`. */
export function printRows<R>(rows: readonly R[], columns: readonly Column<R>[], flags: OutputFlags): void {
  if (flags.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  else if (flags.csv) process.stdout.write(`${renderCsv(rows, columns)}\n`);
  else process.stdout.write(`${renderTable(rows, columns)}\n`);
}

/** Table columns for plain object rows, one per key. */
export function columnsOf<R extends object>(keys: readonly (keyof R & string)[]): Column<R>[] {
  return keys.map((key) => ({ header: key, value: (row) => row[key] }));
}
