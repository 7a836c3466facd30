/** The workflow bundle of the GCP ingest worker. */
export { GCPInventoryWorkflow } from './gcp-inventory.workflow.js';
export { ComputeWorkflow, InstanceWorkflow } from './compute.workflow.js';
