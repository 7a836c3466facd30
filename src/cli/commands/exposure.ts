import type { Command } from 'commander';
import { HotpotError } from '../../errors.js';
import { withQueries } from '../open-query-store.js';
import { columnsOf, printRows, type OutputFlags } from '../output/print-rows.js';
import { parsePort, parseProtocol, parseTime } from '../../query/user-input.js';
import { output, project } from './inventory.js';

interface ExposureFlags extends OutputFlags {
  config?: string;
  project?: string;
  port?: string;
  protocol?: string;
  asOf?: string;
  since?: string;
}

const COLUMNS = [
  'project_id',
  'instance_id',
  'instance_name',
  'status',
  'address',
  'via',
  'protocol',
  'ports',
  'source_ranges',
  'rule_name',
  'rule_priority',
  'narrowed_by',
] as const;

function filter(flags: ExposureFlags): { protocol?: string; port?: number } {
  const port = flags.port === undefined ? undefined : parsePort(flags.port, '--port');
  const protocol = flags.protocol === undefined ? undefined : parseProtocol(flags.protocol, '--protocol');
  return {
    ...(port !== undefined && { port }),
    ...(protocol !== undefined && { protocol }),
  };
}

function print<R extends object>(
  result: { rows: R[]; notes: string[] },
  columns: readonly (keyof R & string)[],
  flags: ExposureFlags,
): void {
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  printRows(result.rows, columnsOf(columns), flags);
  const notes = result.notes.map((n) => `note: ${n}\n`).join('');
  if (flags.csv) process.stderr.write(notes);
  else process.stdout.write(`\n${notes}`);
}

/** `hotpot exposure`: instances the internet can reach (now, --as-of T), or what appeared and disappeared --since T. */
export function registerExposureCommand(program: Command): void {
  output(program.command('exposure'))
    .description(
      'Instances reachable from the internet: address, protocol, ports, deciding firewall rule (now, --as-of, or changes --since)',
    )
    .option('--project <id>', 'only instances of this project')
    .option('--port <n>', 'only this port (tcp, udp, sctp unless --protocol)')
    .option('--protocol <p>', 'only this protocol (tcp, udp, icmp, a number, …)')
    .option('--as-of <time>', 'as it was then: ISO-8601 or relative (-2h, -30m, -7d)')
    .option('--since <time>', 'exposure that appeared or disappeared since then')
    .action(async (flags: ExposureFlags) => {
      if (flags.asOf !== undefined && flags.since !== undefined)
        throw new HotpotError('--as-of and --since do not go together: --since compares that time with now');
      const params = { ...project(flags), ...filter(flags) };
      if (flags.since !== undefined) {
        const since = parseTime(flags.since, '--since');
        const result = await withQueries(flags, (q) => q.run('exposureChanges', { ...params, since }));
        print(result, ['change', ...COLUMNS], flags);
        return;
      }
      const asOf = flags.asOf === undefined ? {} : { asOf: parseTime(flags.asOf, '--as-of') };
      const result = await withQueries(flags, (q) => q.run('exposure', { ...params, ...asOf }));
      print(result, COLUMNS, flags);
    });
}
