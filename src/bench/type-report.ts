import type { TypeListCheck } from './calls-by-type.js';
import type { PhaseResult } from './phase.js';

/** A table of API calls per kind (rows) per phase (columns), for the phases that counted them. */
export function formatCallsByType(phases: PhaseResult[]): string[] {
  const counted = phases.filter((p) => p.callsByType);
  if (!counted.length) return [];
  const types = [...new Set(counted.flatMap((p) => Object.keys(p.callsByType ?? {})))];
  const head = ['API calls per type', ...counted.map((p) => p.name)];
  const rows = types.map((t) => [t, ...counted.map((p) => String(p.callsByType?.[t] ?? 0))]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return ['', line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** One line per kind: its list calls in the first sync against the minimum per project (`rule`), and a verdict. */
export function formatListChecks(
  checks: TypeListCheck[],
  rule = 'list calls per type per project = max(1, ⌈n/500⌉)',
): string[] {
  const off = checks.filter((c) => c.actual !== c.expected || c.projectsOff > 0);
  return [
    `  ${rule}: ${off.length ? `${off.length} of ${checks.length} types OFF` : `all ${checks.length} types ok`}`,
    ...checks.map(
      (c) =>
        `    ${c.type} (${c.method}): ${c.actual} calls, expected ${c.expected}${c.projectsOff ? `, ${c.projectsOff} project(s) off` : ''}`,
    ),
  ];
}
