import type { Command } from 'commander';
import { formatChange } from '../../query/json-diff.js';
import { parseKind } from '../../query/kinds.js';
import { withQueries } from '../open-query-store.js';
import { printRows, type OutputFlags } from '../output/print-rows.js';
import { checkText } from '../../query/user-input.js';
import { output, project } from './inventory.js';

/** `hotpot history <kind> <id>`: every stored version of a resource and a field-level diff between them. */
export function registerHistoryCommand(program: Command): void {
  output(program.command('history').argument('<kind>').argument('<id|name>'))
    .description(
      'Every version of a resource (valid_from/valid_to) with the fields that changed between versions',
    )
    .option('--project <id>', 'only this project')
    .action(async (kind: string, id: string, flags: OutputFlags & { config?: string; project?: string }) => {
      const versions = await withQueries(flags, (q) =>
        q.run('history', { kind: parseKind(kind), idOrName: checkText(id, '<id|name>'), ...project(flags) }),
      );
      if (flags.json || flags.csv) {
        const rows = versions.map(({ raw, changes, ...v }) => ({
          ...v,
          changes: flags.csv ? changes.map(formatChange).join('; ') : changes,
          ...(flags.json && { raw }),
        }));
        printRows(
          rows,
          [
            { header: 'valid_from', value: (r) => r.valid_from },
            { header: 'valid_to', value: (r) => r.valid_to },
            { header: 'deleted_at', value: (r) => r.deleted_at },
            { header: 'changes', value: (r) => r.changes },
          ],
          flags,
        );
        return;
      }
      const first = versions[0]!;
      process.stdout.write(
        `${first.scope}  ${first.id}  ${versions.at(-1)!.name}  (${versions.length} versions)\n`,
      );
      versions.forEach((v, i) => {
        const until = v.deleted_at
          ? `deleted ${v.deleted_at.toISOString()}`
          : v.valid_to
            ? v.valid_to.toISOString()
            : 'now';
        process.stdout.write(`\n#${i + 1}  ${v.valid_from.toISOString()} → ${until}\n`);
        if (i === 0) process.stdout.write('  first seen\n');
        else if (v.changes.length === 0) process.stdout.write('  (no field changes)\n');
        for (const change of v.changes) process.stdout.write(`  ${formatChange(change)}\n`);
      });
    });
}
