/** A column of a text table: header and how to read a cell from a row. */
export interface Column<R> {
  header: string;
  value: (row: R) => unknown;
  align?: 'left' | 'right';
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(cell).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number | boolean | bigint | symbol);
}

/** Renders rows as an aligned plain-text table (numbers right-aligned by default). */
export function renderTable<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  const cells = rows.map((r) => columns.map((c) => cell(c.value(r))));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const right = columns.map(
    (c) =>
      c.align === 'right' ||
      (c.align === undefined && rows.length > 0 && typeof c.value(rows[0]!) === 'number'),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => (right[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n');
}

/** Renders rows as RFC 4180 CSV. */
export function renderCsv<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [
    columns.map((c) => quote(c.header)),
    ...rows.map((r) => columns.map((c) => quote(cell(c.value(r))))),
  ]
    .map((l) => l.join(','))
    .join('\n');
}
