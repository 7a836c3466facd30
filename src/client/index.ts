/** The typed client API of Hotpot: start ingestion workflows, read progress, manage the full-sync schedule. */
export {
  createHotpotClient,
  type ComputeHandle,
  type HotpotClient,
  type InstancesHandle,
  type InventoryHandle,
  type ProviderInventoryHandle,
  type StartInventoryOptions,
} from './hotpot-client.js';
export {
  scheduleSpec,
  type CreateScheduleOptions,
  type HotpotSchedules,
  type ScheduleTiming,
} from './schedules.js';
export {
  computeWorkflowId,
  DEFAULT_SCHEDULE_ID,
  instancesWorkflowId,
  inventoryWorkflowId,
  providerInventoryWorkflowId,
} from '../ingest/workflows/names.js';
export { providerInventoryInput, type InventoriedProvider } from './provider-inventory-input.js';
export type {
  InventoryProgress,
  InventoryResult,
  ProjectResult,
  ResourceCounts,
} from '../ingest/workflows/types.js';
