import {
  ScheduleOverlapPolicy,
  type Client,
  type ScheduleDescription,
  type ScheduleSpec,
} from '@temporalio/client';
import type { Duration } from '@temporalio/common';
import { GCPInventoryWorkflow } from '../ingest/workflows/gcp-inventory.workflow.js';
import type { InventoryInput } from '../ingest/workflows/types.js';
import type { DiscoveryOptions } from './discovery-options.js';
import { inventoryProjects } from './inventory-projects.js';
import { DEFAULT_SCHEDULE_ID } from '../ingest/workflows/names.js';

/** How often the full sync runs: an interval (`'6h'`, ms-style duration) or a cron expression. */
export type ScheduleTiming = { interval: Duration; cron?: never } | { cron: string; interval?: never };

/** Options of `createSchedule`. */
export type CreateScheduleOptions = ScheduleTiming & {
  scheduleId?: string;
  /** Up to MAX_INLINE_PROJECTS; or `projectSource: 'config'` (the worker's `gcp.projects` at each run). */
  projectIds?: string[];
  projectSource?: 'config';
  /** Discover projects under parents at each run (unioned with `projectIds`, then filtered). */
  discovery?: DiscoveryOptions;
  concurrency?: number;
};

/** Schedule helpers for the full GCP inventory, bound to a client and task queue. */
export interface HotpotSchedules {
  createSchedule(options: CreateScheduleOptions): Promise<string>;
  pauseSchedule(scheduleId?: string, note?: string): Promise<void>;
  unpauseSchedule(scheduleId?: string, note?: string): Promise<void>;
  triggerSchedule(scheduleId?: string): Promise<void>;
  describeSchedule(scheduleId?: string): Promise<ScheduleDescription>;
  deleteSchedule(scheduleId?: string): Promise<void>;
}

/** The schedule spec for an interval or a cron expression. */
export function scheduleSpec(timing: ScheduleTiming): ScheduleSpec {
  return timing.cron !== undefined
    ? { cronExpressions: [timing.cron] }
    : { intervals: [{ every: timing.interval }] };
}

/** `every 6h` or `cron <expression>`: the timing as given, kept in the schedule's memo (Temporal stores cron as calendars). */
function timingText(timing: ScheduleTiming): string {
  return timing.cron !== undefined ? `cron ${timing.cron}` : `every ${timing.interval}`;
}

/** Builds the schedule helpers; every run starts GCPInventoryWorkflow on `taskQueue`, skipping while one still runs. */
export function createSchedules(client: Client, taskQueue: string): HotpotSchedules {
  const handle = (scheduleId = DEFAULT_SCHEDULE_ID) => client.schedule.getHandle(scheduleId);
  return {
    async createSchedule(options) {
      const scheduleId = options.scheduleId ?? DEFAULT_SCHEDULE_ID;
      const input: InventoryInput = {
        ...inventoryProjects(options.projectIds, options.projectSource),
        ...options.discovery,
        ...(options.concurrency !== undefined && { concurrency: options.concurrency }),
      };
      await client.schedule.create<typeof GCPInventoryWorkflow>({
        scheduleId,
        spec: scheduleSpec(options),
        action: {
          type: 'startWorkflow',
          workflowType: GCPInventoryWorkflow.name,
          workflowId: 'gcp-inventory/scheduled',
          taskQueue,
          args: [input],
        },
        policies: { overlap: ScheduleOverlapPolicy.SKIP },
        memo: { timing: timingText(options) },
      });
      return scheduleId;
    },
    pauseSchedule: (scheduleId, note) => handle(scheduleId).pause(note),
    unpauseSchedule: (scheduleId, note) => handle(scheduleId).unpause(note),
    triggerSchedule: (scheduleId) => handle(scheduleId).trigger(ScheduleOverlapPolicy.SKIP),
    describeSchedule: (scheduleId) => handle(scheduleId).describe(),
    deleteSchedule: (scheduleId) => handle(scheduleId).delete(),
  };
}
