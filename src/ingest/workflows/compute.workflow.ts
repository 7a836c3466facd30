import { ingestProject } from './ingest-project.js';
import type { ComputeInput, ProjectResult } from './types.js';

/** Compute Engine of one project in one session: instances, then disks and networks concurrently. */
export async function ComputeWorkflow(input: ComputeInput): Promise<ProjectResult> {
  return ingestProject(input, 'IngestInstances', ['IngestDisks', 'IngestNetworks']);
}

/** Instances of one project only, in their own session (on-demand refresh). */
export async function InstanceWorkflow(input: ComputeInput): Promise<ProjectResult> {
  return ingestProject(input, 'IngestInstances', []);
}
