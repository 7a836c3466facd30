import type { Command } from 'commander';
import { applyFeedPlan, feedCommands, feedPlan } from '../../gcp/feed/feed-setup.js';
import { HotpotError } from '../../errors.js';

/** Adds `hotpot feeds setup`: prints (or with --apply makes) the Cloud Asset feed, topic and subscription. */
export function registerFeedsCommand(program: Command): void {
  const feeds = program.command('feeds').description('Cloud Asset change feeds (see docs/freshness.md)');
  feeds
    .command('setup')
    .description(
      'Print the Cloud Asset feed, Pub/Sub topic and subscription Hotpot listens to; --apply makes them',
    )
    .requiredOption('--parent <parent>', 'organizations/N, folders/N or projects/P to watch')
    .requiredOption('--project <project>', 'the project that holds the topic and subscription')
    .option('--name <name>', 'feed id, and the prefix of the topic and subscription', 'hotpot')
    .option('--apply', 'make them with Application Default Credentials instead of printing the commands')
    .action(async (opts: { parent: string; project: string; name: string; apply?: boolean }) => {
      let plan;
      try {
        plan = feedPlan(opts.parent, opts.project, opts.name);
      } catch (err) {
        throw new HotpotError((err as Error).message, 2);
      }
      if (!opts.apply) {
        process.stdout.write(`${feedCommands(plan).join('\n')}\n`);
        return;
      }
      await applyFeedPlan(plan, (line) => process.stdout.write(`${line}\n`));
    });
}
