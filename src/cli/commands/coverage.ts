import type { Command } from 'commander';
import { withQueries } from '../open-query-store.js';
import { parseTime, parseWholeNumber } from '../../query/user-input.js';
import { renderCoverage } from '../output/coverage-report.js';
import { project } from './inventory.js';

interface CoverageFlags {
  config?: string;
  project?: string;
  asOf?: string;
  staleDays: string;
  json?: boolean;
}

/** `hotpot coverage`: GCP instances with no SentinelOne agent, stale agents, ambiguous and unknown agents. */
export function registerCoverageCommand(program: Command): void {
  program
    .command('coverage')
    .description(
      'Which GCP instances have no SentinelOne agent (and since when), stale agents, agents no cloud knows',
    )
    .option('--project <id>', 'only instances of this project')
    .option('--as-of <time>', 'the estate as it was then (ISO-8601 or relative, -7d)')
    .option('--stale-days <n>', 'an agent silent longer than this on a running instance is stale', '7')
    .option('--json', 'print the report as JSON')
    .option('--config <file>', 'config file')
    .action(async (flags: CoverageFlags) => {
      const staleDays = parseWholeNumber(flags.staleDays, '--stale-days', 0, 36_500);
      const report = await withQueries(flags, (q) =>
        q.run('coverage', {
          ...project(flags),
          staleDays,
          ...(flags.asOf !== undefined && { asOf: parseTime(flags.asOf, '--as-of') }),
        }),
      );
      process.stdout.write(
        flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderCoverage(report)}\n`,
      );
    });
}
