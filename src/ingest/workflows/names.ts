import { defineQuery } from '@temporalio/workflow';
import type { InventoryProgress } from './types.js';

/** The `progress` query of a GCPInventoryWorkflow: defined once for the workflow, the client API and tests. */
export const progressQuery = defineQuery<InventoryProgress>('progress');

/** The id of a full-inventory run started at `at` (`gcp-inventory/<ISO timestamp>`). */
export function inventoryWorkflowId(at = new Date()): string {
  return `gcp-inventory/${at.toISOString()}`;
}

/** The id of a project's ComputeWorkflow; the same id a GCPInventoryWorkflow gives its child. */
export function computeWorkflowId(projectId: string): string {
  return `gcp-compute/${projectId}`;
}

/** The id of a project's GcpServiceWorkflow for one service (`gcp-gke/<projectId>`, `gcp-sql/<projectId>`, …). */
export function serviceWorkflowId(service: string, projectId: string): string {
  return `gcp-${service}/${projectId}`;
}

/** The id of a project's standalone InstanceWorkflow. */
export function instancesWorkflowId(projectId: string): string {
  return `gcp-instances/${projectId}`;
}

/** The default id of the full-sync schedule. */
export const DEFAULT_SCHEDULE_ID = 'hotpot-gcp-inventory';

/** The SentinelOne task queue's default name (config `s1.taskQueue`). */
export const S1_TASK_QUEUE = 'hotpot-ingest-s1';

/** The id of a console's S1InventoryWorkflow (`s1-inventory/<console>`). */
export function s1InventoryWorkflowId(console: string): string {
  return `s1-inventory/${console}`;
}

/** The id of a provider scope's ProviderInventoryWorkflow (`<provider>-inventory/<scope>`). */
export function providerInventoryWorkflowId(provider: string, scope: string): string {
  return `${provider}-inventory/${scope}`;
}
