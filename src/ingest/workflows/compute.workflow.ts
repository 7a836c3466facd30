import { patched } from '@temporalio/workflow';
import { computeKinds } from '../../gcp/compute/kinds.js';
import { ingestProject } from './ingest-project.js';
import type { ComputeInput, ProjectResult } from './types.js';

/** Patch id: every registry kind with bounded concurrency (before: instances, then disks and networks). */
export const allKindsPatch = 'compute-all-kinds';

/** Compute Engine of one project in one session: every kind of the registry, `kindConcurrency` at a time. */
export async function ComputeWorkflow(input: ComputeInput): Promise<ProjectResult> {
  if (patched(allKindsPatch)) {
    const steps = computeKinds.map((k) => k.activityName);
    return ingestProject(input, [steps], input.kindConcurrency ?? 4);
  }
  return ingestProject(input, [['IngestInstances'], ['IngestDisks', 'IngestNetworks']]);
}

/** Instances of one project only, in their own session (on-demand refresh). */
export async function InstanceWorkflow(input: ComputeInput): Promise<ProjectResult> {
  return ingestProject(input, [['IngestInstances']]);
}
