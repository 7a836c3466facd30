import type { Command } from 'commander';
import { withQueries } from '../open-query-store.js';
import { columnsOf, printRows, type OutputFlags } from '../output/print-rows.js';
import { rejectedShown, type RejectedRow, type RunRow, type ScopeRow } from '../../query/runs.js';
import { checkText, parseWholeNumber } from '../../query/user-input.js';
import { output } from './inventory.js';

const runColumns: (keyof RunRow)[] = [
  'run_id',
  'status',
  'started_at',
  'finished_at',
  'scope_count',
  'listed',
  'created',
  'changed',
  'deleted',
  'held',
  'rejected',
  'failed_scopes',
  'feed_changes',
];
const scopeColumns: (keyof ScopeRow)[] = [
  'scope',
  'resource_kind',
  'status',
  'listed',
  'created',
  'changed',
  'unchanged',
  'deleted',
  'api_calls',
  'held',
  'rejected',
  'note',
];
const rejectedColumns: (keyof RejectedRow)[] = ['scope', 'resource_kind', 'item_id', 'size_bytes', 'error'];

/** `hotpot runs [<runId>]`: recent ingestion runs, or one run per project and kind. */
export function registerRunsCommand(program: Command): void {
  output(program.command('runs').argument('[runId]'))
    .description('Recent ingestion runs with status and counts, or one run in detail')
    .option('--limit <n>', 'how many runs', '20')
    .action(async (runId: string | undefined, flags: OutputFlags & { config?: string; limit: string }) => {
      const limit = parseWholeNumber(flags.limit, '--limit', 1, 1000);
      if (runId === undefined) {
        const runs = await withQueries(flags, (q) => q.run('runs', { limit }));
        printRows(runs, columnsOf(runColumns), flags);
        return;
      }
      const detail = await withQueries(flags, (q) => q.run('run', { runId: checkText(runId, '<runId>') }));
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(detail, null, 2)}\n`);
        return;
      }
      if (!flags.csv)
        process.stdout.write(
          `run ${detail.run.run_id}: ${detail.run.status}, started ${detail.run.started_at.toISOString()}\n\n`,
        );
      printRows(detail.scopes, columnsOf(scopeColumns), flags);
      if (detail.rejected.length && !flags.csv) {
        const more = detail.rejected.length === rejectedShown ? ` (the first ${rejectedShown})` : '';
        process.stdout.write(`\nrejected items${more}: kept at their previous version\n\n`);
        printRows(detail.rejected, columnsOf(rejectedColumns), flags);
      }
    });
}
