import type { Command } from 'commander';
import { withQueries } from '../open-query-store.js';
import { columnsOf, printRows, type OutputFlags } from '../output/print-rows.js';
import { parseTime, parseWholeNumber } from '../../query/user-input.js';
import { output, project } from './inventory.js';

interface FindingsFlags extends OutputFlags {
  config?: string;
  project?: string;
  asOf?: string;
  keyAgeDays: string;
}

const COLUMNS = ['scope', 'finding', 'resource', 'deciding_setting', 'detail'] as const;

/** `hotpot findings`: old user-managed keys, primitive roles to users or everyone, the default SA as editor on running VMs. */
export function registerFindingsCommand(program: Command): void {
  output(program.command('findings'))
    .description(
      'IAM findings: user-managed service account keys older than N days, primitive roles granted to users or everyone, running instances whose default compute service account is editor',
    )
    .option('--project <id>', 'only this project')
    .option('--as-of <time>', 'as it was then: ISO-8601 or relative (-2h, -7d); key ages count from then')
    .option('--key-age-days <n>', 'a user-managed key valid from longer ago than this is old', '90')
    .action(async (flags: FindingsFlags) => {
      const keyAgeDays = parseWholeNumber(flags.keyAgeDays, '--key-age-days', 0, 36_500);
      const result = await withQueries(flags, (q) =>
        q.run('findings', {
          ...project(flags),
          keyAgeDays,
          ...(flags.asOf !== undefined && { asOf: parseTime(flags.asOf, '--as-of') }),
        }),
      );
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      printRows(result.rows, columnsOf(COLUMNS), flags);
      const notes = result.notes.map((n) => `note: ${n}\n`).join('');
      if (flags.csv) process.stderr.write(notes);
      else process.stdout.write(`\n${notes}`);
    });
}
