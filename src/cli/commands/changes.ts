import type { Command } from 'commander';
import { withQueries } from '../open-query-store.js';
import { columnsOf, printRows, type OutputFlags } from '../output/print-rows.js';
import { parseTime } from '../../query/user-input.js';
import { output, project } from './inventory.js';

/** `hotpot changes --since TIME`: resources created, modified or deleted since then. */
export function registerChangesCommand(program: Command): void {
  output(program.command('changes'))
    .description('Resources created, modified or deleted since a time')
    .requiredOption('--since <time>', 'ISO-8601 or relative (-2h, -30m, -7d)')
    .option('--project <id>', 'only this project')
    .action(async (flags: OutputFlags & { config?: string; since: string; project?: string }) => {
      const since = parseTime(flags.since, '--since');
      const rows = await withQueries(flags, (q) => q.run('changes', { since, ...project(flags) }));
      printRows(rows, columnsOf(['at', 'change', 'kind', 'scope', 'id', 'name']), flags);
    });
}
