import { QueryNotRegisteredError, type Client, type WorkflowHandle } from '@temporalio/client';
import { GCPInventoryWorkflow } from '../ingest/workflows/gcp-inventory.workflow.js';
import { ComputeWorkflow, InstanceWorkflow } from '../ingest/workflows/compute.workflow.js';
import { S1InventoryWorkflow } from '../ingest/workflows/s1-inventory.workflow.js';
import { ProviderInventoryWorkflow } from '../ingest/workflows/provider-inventory.workflow.js';
import { providerInventoryInput, type InventoriedProvider } from './provider-inventory-input.js';
import type { InventoryInput, InventoryProgress } from '../ingest/workflows/types.js';
import { inventoryProjects, requireProjectIds } from './inventory-projects.js';
import type { DiscoveryOptions } from './discovery-options.js';
import { createSchedules, type HotpotSchedules } from './schedules.js';
import {
  computeWorkflowId,
  instancesWorkflowId,
  inventoryWorkflowId,
  progressQuery,
  providerInventoryWorkflowId,
  s1InventoryWorkflowId,
} from '../ingest/workflows/names.js';

/** A running or finished GCPInventoryWorkflow. */
export type InventoryHandle = WorkflowHandle<typeof GCPInventoryWorkflow>;
/** A running or finished ComputeWorkflow. */
export type ComputeHandle = WorkflowHandle<typeof ComputeWorkflow>;
/** A running or finished S1InventoryWorkflow. */
export type S1InventoryHandle = WorkflowHandle<typeof S1InventoryWorkflow>;
/** A running or finished ProviderInventoryWorkflow. */
export type ProviderInventoryHandle = WorkflowHandle<typeof ProviderInventoryWorkflow>;
/** A running or finished InstanceWorkflow. */
export type InstancesHandle = WorkflowHandle<typeof InstanceWorkflow>;

/** Options of `startInventory`: an explicit list (up to MAX_INLINE_PROJECTS), or `projectSource: 'config'` (the worker's `gcp.projects`). */
export interface StartInventoryOptions {
  projectIds?: string[];
  projectSource?: 'config';
  /** Discover projects under parents (unioned with `projectIds`, then filtered). */
  discovery?: DiscoveryOptions;
  concurrency?: number;
  /** Let this run exceed the mass deletion guard (each deletion is still confirmed). */
  allowMassDeletion?: boolean;
  /** Default `gcp-inventory/<ISO timestamp>`. */
  workflowId?: string;
}

/** Options of a one-project run. */
export interface ProjectRunOptions {
  /** Let this run exceed the mass deletion guard (each deletion is still confirmed). */
  allowMassDeletion?: boolean;
}

/** The typed entry points of Hotpot's GCP ingestion for programs. */
export interface HotpotClient extends HotpotSchedules {
  readonly taskQueue: string;
  startInventory(options: StartInventoryOptions): Promise<InventoryHandle>;
  startCompute(projectId: string, options?: ProjectRunOptions): Promise<ComputeHandle>;
  startInstances(projectId: string, options?: ProjectRunOptions): Promise<InstancesHandle>;
  inventoryProgress(handle: InventoryHandle): Promise<InventoryProgress>;
  /** One SentinelOne console's sites, groups and agents, on the S1 queue (config `s1.taskQueue`). */
  startS1Inventory(
    console: string,
    options: ProjectRunOptions & { taskQueue: string },
  ): Promise<S1InventoryHandle>;
  /** One scope of a provider (`edge-1/root` of fortinet) on the provider's queue, in one session. */
  startProviderInventory(
    provider: InventoriedProvider,
    scope: string,
    options: ProjectRunOptions & { taskQueue: string },
  ): Promise<ProviderInventoryHandle>;
}

/** Binds the ingestion workflows and the full-sync schedule to a Temporal client and the worker's task queue. */
export function createHotpotClient(client: Client, options: { taskQueue: string }): HotpotClient {
  const { taskQueue } = options;
  return {
    taskQueue,
    async startInventory({
      projectIds,
      projectSource,
      discovery,
      concurrency,
      workflowId,
      allowMassDeletion,
    }) {
      const input: InventoryInput = {
        ...inventoryProjects(projectIds, projectSource),
        ...discovery,
        ...(concurrency !== undefined && { concurrency }),
        ...(allowMassDeletion && { allowMassDeletion }),
      };
      return client.workflow.start(GCPInventoryWorkflow, {
        taskQueue,
        workflowId: workflowId ?? inventoryWorkflowId(),
        args: [input],
      });
    },
    async startCompute(projectId, options = {}) {
      requireProjectIds([projectId]);
      return client.workflow.start(ComputeWorkflow, {
        taskQueue,
        workflowId: computeWorkflowId(projectId),
        args: [{ projectId, ...(options.allowMassDeletion && { allowMassDeletion: true }) }],
      });
    },
    async startInstances(projectId, options = {}) {
      requireProjectIds([projectId]);
      return client.workflow.start(InstanceWorkflow, {
        taskQueue,
        workflowId: instancesWorkflowId(projectId),
        args: [{ projectId, ...(options.allowMassDeletion && { allowMassDeletion: true }) }],
      });
    },
    inventoryProgress: (handle) => queryProgress(handle),
    startS1Inventory: (console, options) =>
      client.workflow.start(S1InventoryWorkflow, {
        taskQueue: options.taskQueue,
        workflowId: s1InventoryWorkflowId(console),
        args: [{ console, ...(options.allowMassDeletion && { allowMassDeletion: true }) }],
      }),
    startProviderInventory: (provider, scope, options) =>
      client.workflow.start(ProviderInventoryWorkflow, {
        taskQueue: options.taskQueue,
        workflowId: providerInventoryWorkflowId(provider.name, scope),
        args: [providerInventoryInput(provider, scope, options)],
      }),
    ...createSchedules(client, taskQueue),
  };
}

/** The `progress` query; a run that has not registered its handler yet (it records its start first) is asked again, for up to `waitMs`. */
async function queryProgress(handle: InventoryHandle, waitMs = 10_000): Promise<InventoryProgress> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await handle.query(progressQuery);
    } catch (err) {
      if (!(err instanceof QueryNotRegisteredError) || Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
