/** A ComputeWorkflow changed without a patch (instances only): replaying a recorded ComputeWorkflow against it must fail. */
import { permanentGcpFailures } from '../../gcp/failure-types.js';
import { ingestProject, stepWaves } from '../workflows/ingest-project.js';
import type { ComputeInput, ProjectResult } from '../workflows/types.js';

/** ComputeWorkflow with its disk and network steps dropped. */
export async function ComputeWorkflow(input: ComputeInput): Promise<ProjectResult> {
  return ingestProject(input, stepWaves([['IngestInstances']], permanentGcpFailures));
}
