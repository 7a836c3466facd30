import type { Command } from 'commander';
import { HotpotError } from '../../errors.js';
import { parseLabels } from '../../query/inventory.js';
import { KIND_NAMES, kindSpec, parseKind, type Kind } from '../../query/kinds.js';
import { withQueries } from '../open-query-store.js';
import { columnsOf, printRows, type OutputFlags } from '../output/print-rows.js';
import { checkText, parseTime } from '../../query/user-input.js';

interface ListFlags extends OutputFlags {
  config?: string;
  project?: string;
  status?: string;
  label: string[];
  asOf?: string;
}

/** `hotpot inventory <kind>` and `hotpot inventory show <kind> <id|name>`: the estate now or as of a time. */
export function registerInventoryCommand(program: Command): void {
  const inventory = program
    .command('inventory')
    .description('List inventoried resources (now, or --as-of a past time)');
  for (const kind of KIND_NAMES) {
    output(inventory.command(kind).description(`List ${kind}`))
      .option('--project <id>', 'only this project')
      .option('--status <s>', 'only this status (instances, disks)')
      .option(
        '--label <k=v>',
        'only with this label (repeatable)',
        (v: string, all: string[]) => [...all, v],
        [],
      )
      .option('--as-of <time>', 'the estate as it was then: ISO-8601 or relative (-2h, -30m, -7d)')
      .action((flags: ListFlags) => list(kind, flags));
  }
  output(
    inventory
      .command('show')
      .argument('<kind>')
      .argument('<id|name>')
      .description('One resource: its columns and raw API object'),
  )
    .option('--project <id>', 'only this project')
    .action((kind: string, idOrName: string, flags: ListFlags) => show(parseKind(kind), idOrName, flags));
}

/** The --project flag as an operation parameter. */
export function project(flags: { project?: string }): { project?: string } {
  return flags.project === undefined ? {} : { project: checkText(flags.project, '--project') };
}

/** Adds --json, --csv and --config to a query command. */
export function output(command: Command): Command {
  return command
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV')
    .option('--config <file>', 'config file');
}

async function list(kind: Kind, flags: ListFlags): Promise<void> {
  const filter = {
    ...project(flags),
    ...(flags.status !== undefined && { status: checkText(flags.status, '--status') }),
    ...(flags.label.length > 0 && { labels: parseLabels(flags.label) }),
    ...(flags.asOf !== undefined && { asOf: parseTime(flags.asOf, '--as-of') }),
  };
  const rows = await withQueries(flags, (q) => q.run('inventory', { kind, ...filter }));
  const seen = filter.asOf === undefined ? ['first_seen', 'last_seen'] : [];
  printRows(rows, columnsOf([...kindSpec(kind).columns, ...seen]), flags);
}

async function show(kind: Kind, idOrName: string, flags: ListFlags): Promise<void> {
  const rows = await withQueries(flags, (q) =>
    q.run('show', { kind, idOrName: checkText(idOrName, '<id|name>'), ...project(flags) }),
  );
  if (rows.length === 0) {
    throw new HotpotError(
      `no current ${kind} with id or name '${idOrName}'; deleted ones are in \`hotpot history ${kind} ${idOrName}\``,
    );
  }
  if (rows.length > 1 && !flags.json) {
    process.stdout.write(`'${idOrName}' matches ${rows.length} ${kind}; pass an id or --project:\n`);
    printRows(rows, columnsOf(['scope', 'id', 'name', 'location']), flags);
    return;
  }
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(rows.length === 1 ? rows[0] : rows, null, 2)}\n`);
    return;
  }
  const { raw, ...columns } = rows[0]!;
  const width = Math.max(...Object.keys(columns).map((k) => k.length));
  for (const [key, value] of Object.entries(columns)) {
    const text =
      value instanceof Date
        ? value.toISOString()
        : typeof value === 'object' && value !== null
          ? JSON.stringify(value)
          : String((value as string | number | boolean | null) ?? '');
    process.stdout.write(`${key.padEnd(width)}  ${text}\n`);
  }
  process.stdout.write(`\nraw:\n${JSON.stringify(raw, null, 2)}\n`);
}
