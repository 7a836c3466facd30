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

/**
 * A text cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, tab or CR), prefixed with
 * `'` so it shows as text (OWASP's CSV injection advice). Numbers are left alone: -5 stays a number.
 */
function neutraliseFormula(value: unknown, text: string): string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Renders rows as RFC 4180 CSV, with formula-like text cells neutralised. */
export function renderCsv<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const csvCell = (value: unknown) => quote(neutraliseFormula(value, cell(value)));
  return [columns.map((c) => quote(c.header)), ...rows.map((r) => columns.map((c) => csvCell(c.value(r))))]
    .map((l) => l.join(','))
    .join('\n');
}
