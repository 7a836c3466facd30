import type { InventoryResult } from '../../ingest/workflows/types.js';

/** The discovery lines of a run summary: counts, unreadable parents, vanished projects. */
export function renderDiscovery(discovery: NonNullable<InventoryResult['discovery']>): string {
  const c = discovery.counts;
  const lines = [
    `discovery: ${c.discovered} discovered, ${c.included} included, ${c.skipped} skipped (Compute API disabled), ${c.filtered} filtered` +
      (c.inactive ? `, ${c.inactive} inactive` : '') +
      (c.complete ? '' : ` — incomplete: ${c.failedParents} parent(s) could not be read`),
  ];
  for (const f of c.failures) lines.push(`  could not read ${f.parent}: ${f.message}`);
  const v = discovery.vanished;
  if (v && v.vanished > 0) {
    lines.push(
      `vanished since the last complete discovery: ${v.vanished} (${v.closed} closed, ${v.held} kept)`,
    );
    for (const p of v.projects)
      lines.push(
        `  ${p.projectId}: ${p.confirmation}, ${p.closed ? `history closed (${p.rowsClosed} resources)` : 'history kept'}`,
      );
  }
  return lines.join('\n');
}
