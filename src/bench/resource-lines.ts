import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Lines of TypeScript in one resource folder, beyond its fixtures and tests. */
export interface ResourceLines {
  folder: string;
  lines: number;
  files: number;
}

/** The target from issue 12: a resource costs fewer than this many lines beyond fixtures and tests. */
export const RESOURCE_LINES_TARGET = 80;

const computeSource = fileURLToPath(new URL('../../src/gcp/compute', import.meta.url));

/**
 * Counts every line (blank and comment lines included) of the `.ts` files in each folder of src/gcp/compute,
 * leaving out `*.test.ts` and `fixtures*.ts`; an empty list when the sources are not beside dist/.
 */
export function resourceLines(root = computeSource): ResourceLines[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const files = fs
        .readdirSync(path.join(root, d.name))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('fixtures'));
      const lines = files.reduce(
        (n, f) =>
          n +
          fs
            .readFileSync(path.join(root, d.name, f), 'utf8')
            .trimEnd()
            .split('\n').length,
        0,
      );
      return { folder: d.name, lines, files: files.length };
    })
    .sort((a, b) => b.lines - a.lines || a.folder.localeCompare(b.folder));
}

/** The per-folder lines as report lines: the largest, the median, how many meet the target, then each folder. */
export function formatResourceLines(rows: ResourceLines[]): string[] {
  if (!rows.length) return ['resource lines: sources not found beside dist/'];
  const sorted = rows.map((r) => r.lines).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const under = rows.filter((r) => r.lines < RESOURCE_LINES_TARGET).length;
  return [
    `resource lines (TypeScript per src/gcp/compute/<folder>/, fixtures and tests left out; target < ${RESOURCE_LINES_TARGET}): ` +
      `${under} of ${rows.length} under target, median ${median}, max ${sorted.at(-1) ?? 0}`,
    ...rows.map((r) => `  ${r.folder.padEnd(26)} ${String(r.lines).padStart(4)}  (${r.files} files)`),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.stdout.write(`${formatResourceLines(resourceLines()).join('\n')}\n`);
