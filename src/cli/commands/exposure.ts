import type { Command } from 'commander';
import { HotpotError } from '../../errors.js';
import { withQueries } from '../open-query-store.js';
import { columnsOf, printRows, type OutputFlags } from '../output/print-rows.js';
import { parsePort, parseProtocol, parseTime } from '../../query/user-input.js';
import { output, project } from './inventory.js';
import { DEFAULT_SOURCE_CLASSES } from '../../query/exposure/evaluate-exposure.js';
import { SOURCE_CLASSES, type SourceClass } from '../../query/exposure/public-ranges.js';
import { escapeControls } from '../../text/controls.js';

interface ExposureFlags extends OutputFlags {
  config?: string;
  project?: string;
  port?: string;
  protocol?: string;
  asOf?: string;
  since?: string;
  sourceClass?: string;
  includeIap?: boolean;
  allServices?: boolean;
}

const SERVICE_COLUMNS = [
  'scope',
  'service',
  'kind',
  'resource',
  'location',
  'access',
  'from',
  'deciding_setting',
] as const;

const COLUMNS = [
  'scope',
  'instance_id',
  'instance_name',
  'status',
  'address',
  'via',
  'protocol',
  'ports',
  'source_class',
  'source_ranges',
  'rule_level',
  'rule_name',
  'rule_priority',
  'narrowed_by',
] as const;

/** `--source-class a,b` (default every class but iap; `--include-iap` adds it). */
function sourceClasses(flags: ExposureFlags): SourceClass[] | undefined {
  if (flags.sourceClass === undefined)
    return flags.includeIap ? [...DEFAULT_SOURCE_CLASSES, 'iap'] : undefined;
  const asked = flags.sourceClass.split(',').map((c) => c.trim());
  const unknown = asked.filter((c) => !(SOURCE_CLASSES as readonly string[]).includes(c));
  if (unknown.length > 0 || asked.length === 0)
    throw new HotpotError(
      `--source-class '${unknown.join(',') || flags.sourceClass}' is not a source class: use ${SOURCE_CLASSES.join(', ')} (comma-separated)`,
    );
  return [...new Set([...(asked as SourceClass[]), ...(flags.includeIap ? (['iap'] as const) : [])])];
}

function filter(flags: ExposureFlags): {
  protocol?: string;
  port?: number;
  sourceClasses?: SourceClass[];
} {
  const port = flags.port === undefined ? undefined : parsePort(flags.port, '--port');
  const protocol = flags.protocol === undefined ? undefined : parseProtocol(flags.protocol, '--protocol');
  const classes = sourceClasses(flags);
  return {
    ...(port !== undefined && { port }),
    ...(protocol !== undefined && { protocol }),
    ...(classes !== undefined && { sourceClasses: classes }),
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
  const notes = result.notes.map((n) => `note: ${escapeControls(n)}\n`).join('');
  if (flags.csv) process.stderr.write(notes);
  else process.stdout.write(`\n${notes}`);
}

/** `hotpot exposure`: instances the internet can reach (now, --as-of T), or what appeared and disappeared --since T. */
export function registerExposureCommand(program: Command): void {
  output(program.command('exposure'))
    .description(
      'Instances reachable from the internet: address, protocol, ports, deciding firewall rule and its level (now, --as-of, or changes --since)',
    )
    .option('--project <id>', 'only instances of this project')
    .option('--port <n>', 'only this port (tcp, udp, sctp unless --protocol)')
    .option('--protocol <p>', 'only this protocol (tcp, udp, icmp, a number, …)')
    .option(
      '--source-class <list>',
      'only these source classes: internet, google-lb (Google load balancers, health checks), iap (default: internet,google-lb)',
    )
    .option('--include-iap', 'also exposure only IAP TCP forwarding (35.235.240.0/20) can use')
    .option('--as-of <time>', 'as it was then: ISO-8601 or relative (-2h, -30m, -7d)')
    .option('--since <time>', 'exposure that appeared or disappeared since then')
    .option(
      '--all-services',
      'also public GKE control planes, Cloud SQL instances open to the internet and public buckets (with --as-of, not --since)',
    )
    .action(async (flags: ExposureFlags) => {
      if (flags.allServices && flags.since !== undefined)
        throw new HotpotError('--all-services does not go with --since: use --as-of to compare two times');
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
      if (flags.allServices) {
        const both = await withQueries(flags, async (q) => ({
          compute: await q.run('exposure', { ...params, ...asOf }),
          services: await q.run('servicesExposure', { ...project(flags), ...asOf }),
        }));
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(both, null, 2)}\n`);
          return;
        }
        print(both.compute, COLUMNS, flags);
        if (!flags.csv) process.stdout.write('\nServices beyond Compute:\n\n');
        print(both.services, SERVICE_COLUMNS, flags);
        return;
      }
      const result = await withQueries(flags, (q) => q.run('exposure', { ...params, ...asOf }));
      print(result, COLUMNS, flags);
    });
}
