import type { ScenarioResult } from './scenario.js';

const headers = [
  'scenario',
  'runs',
  'failed runs',
  'faults',
  'lost',
  'wrong del.',
  'dup/overlap',
  'cur≠hist',
  'raw≠truth',
  'stale',
  'recovery',
  'result',
];

/** The result cell: a known failure says so. */
function verdict(r: ScenarioResult): string {
  return r.status === 'fail' && r.knownFailure ? 'FAIL (known)' : r.status === 'fail' ? 'FAIL' : r.status;
}

/** One row of figures per scenario. */
function cells(r: ScenarioResult): string[] {
  const o = r.outcome;
  if (!o) return [r.name, ...headers.slice(1, -1).map(() => '–'), verdict(r)];
  const rep = o.report;
  return [
    r.name,
    String(o.runs),
    String(o.failedRuns),
    String(o.faults),
    String(rep.lost),
    String(rep.wrongDeletions),
    String(rep.duplicates),
    String(rep.currentVsHistory),
    String(rep.rawMismatch),
    String(rep.stale),
    o.recoveryMs === undefined ? 'never' : `${(o.recoveryMs / 1000).toFixed(1)} s`,
    verdict(r),
  ];
}

/** The results as an aligned text table, then notes, problems and reasons per scenario. */
export function formatTable(results: ScenarioResult[]): string {
  const rows = [headers, ...results.map(cells)];
  const widths = headers.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const out = [
    line(headers),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...results.map((r) => line(cells(r))),
  ];
  for (const r of results) {
    const details = [
      ...(r.status === 'fail' && r.knownFailure ? [`known failure: ${r.knownFailure}`] : []),
      ...(r.reason ? [r.status === 'error' ? r.reason.split('\n')[0]! : r.reason] : []),
      ...(r.outcome?.problems ?? []),
      ...(r.outcome?.report.examples ?? []),
      ...(r.outcome?.notes ?? []),
    ];
    if (details.length) out.push('', `${r.name} (${r.title}):`, ...details.map((d) => `  ${d}`));
  }
  return out.join('\n');
}

/** The results as a Markdown table, for docs/reliability.md. */
export function formatMarkdown(results: ScenarioResult[]): string {
  const row = (c: string[]) => `| ${c.join(' | ')} |`;
  return [row(headers), row(headers.map(() => '---')), ...results.map((r) => row(cells(r)))].join('\n');
}
