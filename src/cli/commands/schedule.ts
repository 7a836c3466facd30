import type { Command } from 'commander';
import { ScheduleAlreadyRunning, ScheduleNotFoundError, type ScheduleDescription } from '@temporalio/client';
import type { Duration } from '@temporalio/common';
import { createHotpotClient, type HotpotClient } from '../../client/hotpot-client.js';
import { commandDiscovery } from '../../client/discovery-options.js';
import { commandProjects } from '../../client/inventory-projects.js';
import { DEFAULT_SCHEDULE_ID } from '../../ingest/workflows/names.js';
import type { ScheduleTiming } from '../../client/schedules.js';
import type { HotpotConfig } from '../../config/types.js';
import { HotpotError } from '../../errors.js';
import { commandConfig } from '../connect.js';
import { connectTemporal } from '../temporal-client.js';

interface ScheduleFlags {
  config?: string;
  id: string;
  every?: string;
  cron?: string;
  project?: string[];
  parent?: string[];
  json?: boolean;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Adds `hotpot schedule create|pause|unpause|trigger|describe|delete`: the Temporal Schedule of the full inventory. */
export function registerScheduleCommand(program: Command): void {
  const schedule = program
    .command('schedule')
    .description('Manage the Temporal Schedule that runs the full GCP inventory');
  const sub = (name: string, description: string) =>
    schedule
      .command(name)
      .description(description)
      .option('--config <file>', 'YAML config file')
      .option('--id <scheduleId>', 'schedule id', DEFAULT_SCHEDULE_ID);
  sub('create', 'Create the schedule (overlap policy: skip a run while the previous one is still going)')
    .option('--every <duration>', 'interval, e.g. 6h, 30m, 1d')
    .option('--cron <expression>', 'cron expression, e.g. "0 */6 * * *"')
    .option('--project <id>', 'project id (repeatable; default: gcp.projects of the config)', collect)
    .option(
      '--parent <organizations/N|folders/N>',
      'discover projects under it at each run (repeatable; default: gcp.discovery.parents when no --project)',
      collect,
    )
    .action((f: ScheduleFlags) =>
      withClient(f, async (hotpot, config) => {
        const projectIds = f.project ?? config.gcp.projects;
        const discovery = commandDiscovery(f, config);
        if (projectIds.length === 0 && !discovery)
          throw new HotpotError(
            'no projects to schedule: pass --project <id> or --parent organizations/N (repeatable), or set gcp.projects / HOTPOT_GCP_PROJECTS or gcp.discovery.parents / HOTPOT_GCP_PARENTS',
          );
        try {
          await hotpot.createSchedule({
            scheduleId: f.id,
            ...commandProjects(f.project, projectIds),
            ...(discovery && { discovery }),
            concurrency: config.worker.inventoryConcurrency,
            ...timing(f),
          });
        } catch (err) {
          if (err instanceof ScheduleAlreadyRunning)
            throw new HotpotError(`schedule ${f.id} already exists; delete it first or pick another --id`);
          throw err;
        }
        say(
          `created schedule ${f.id}: ${f.every ? `every ${f.every}` : `cron ${f.cron}`}, ${discovery ? `projects discovered under ${discovery.parents.join(', ')}` : `${projectIds.length} project(s)`}, overlap skip`,
        );
      }),
    );
  sub('pause', 'Pause the schedule').action((f: ScheduleFlags) =>
    withClient(f, async (h) => (await h.pauseSchedule(f.id), say(`paused ${f.id}`))),
  );
  sub('unpause', 'Resume the schedule').action((f: ScheduleFlags) =>
    withClient(f, async (h) => (await h.unpauseSchedule(f.id), say(`unpaused ${f.id}`))),
  );
  sub('trigger', 'Start a run now (skipped if one is running)').action((f: ScheduleFlags) =>
    withClient(f, async (h) => (await h.triggerSchedule(f.id), say(`triggered ${f.id}`))),
  );
  sub('delete', 'Delete the schedule (running inventories continue)').action((f: ScheduleFlags) =>
    withClient(f, async (h) => (await h.deleteSchedule(f.id), say(`deleted ${f.id}`))),
  );
  sub('describe', 'Show the schedule: timing, state, recent and next runs')
    .option('--json', 'print JSON')
    .action((f: ScheduleFlags) =>
      withClient(f, async (h) => {
        const d = await h.describeSchedule(f.id);
        say(f.json ? JSON.stringify(describeView(d), null, 2) : describeText(d));
      }),
    );
}

function say(text: string): void {
  process.stdout.write(`${text}\n`);
}

function timing(f: ScheduleFlags): ScheduleTiming {
  if ((f.every === undefined) === (f.cron === undefined))
    throw new HotpotError('pass exactly one of --every <duration> (e.g. 6h) or --cron "<expression>"');
  if (f.every !== undefined) {
    if (!/^\d+(\.\d+)?\s*(ms|s|m|h|d)$/.test(f.every))
      throw new HotpotError(
        `--every ${JSON.stringify(f.every)} is not a duration: use a number and unit, e.g. 30m, 6h, 1d`,
      );
    return { interval: f.every as Duration };
  }
  return { cron: f.cron! };
}

async function withClient(
  f: ScheduleFlags,
  run: (hotpot: HotpotClient, config: HotpotConfig) => Promise<void>,
): Promise<void> {
  const config = commandConfig(f);
  const temporal = await connectTemporal(config);
  try {
    await run(createHotpotClient(temporal.client, { taskQueue: config.temporal.taskQueue }), config);
  } catch (err) {
    if (err instanceof ScheduleNotFoundError)
      throw new HotpotError(`schedule ${f.id} does not exist; create it with \`hotpot schedule create\``);
    throw err;
  } finally {
    await temporal.close();
  }
}

/** The parts of a schedule description people read. */
function describeView(d: ScheduleDescription) {
  const action = d.action.type === 'startWorkflow' ? d.action : undefined;
  return {
    scheduleId: d.scheduleId,
    paused: d.state.paused,
    note: d.state.note,
    timing: typeof d.memo?.timing === 'string' ? d.memo.timing : JSON.stringify(d.spec),
    overlap: d.policies.overlap,
    workflowType: action?.workflowType,
    taskQueue: action?.taskQueue,
    args: action?.args,
    actions: d.info.numActionsTaken,
    skipped: d.info.numActionsSkippedOverlap,
    running: d.info.runningActions.map((a) => a.workflow.workflowId),
    recent: d.info.recentActions.map((a) => ({ at: a.takenAt, workflowId: a.action.workflow.workflowId })),
    next: d.info.nextActionTimes.slice(0, 3),
  };
}

function describeText(d: ScheduleDescription): string {
  const v = describeView(d);
  return [
    `schedule   ${v.scheduleId}${v.paused ? ' (paused)' : ''}`,
    `timing     ${v.timing}`,
    `overlap    ${v.overlap}`,
    `workflow   ${v.workflowType} on ${v.taskQueue}`,
    `runs       ${v.actions} started, ${v.skipped} skipped, running: ${v.running.join(', ') || '-'}`,
    `recent     ${v.recent.map((r) => `${r.at.toISOString()} ${r.workflowId}`).join('\n           ') || '-'}`,
    `next       ${v.next.map((t) => t.toISOString()).join(', ') || '-'}`,
  ].join('\n');
}
