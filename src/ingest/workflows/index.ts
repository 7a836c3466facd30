/** The workflow bundle of the GCP ingest worker. */
export { GCPInventoryWorkflow } from './gcp-inventory.workflow.js';
export { ComputeWorkflow, InstanceWorkflow } from './compute.workflow.js';
export { S1InventoryWorkflow } from './s1-inventory.workflow.js';
export { GcpServiceWorkflow } from './service.workflow.js';
export { ProviderInventoryWorkflow } from './provider-inventory.workflow.js';
