/** A ComputeWorkflow changed without a patch (instances only): replaying a recorded ComputeWorkflow against it must fail. */
import { permanentGcpFailures } from '../../gcp/failure-types.js';
import { ingestGcpProject, stepWaves } from '../workflows/ingest-project.js';
import type { ComputeInput, ProjectResult } from '../workflows/types.js';

/** ComputeWorkflow with its disk and network steps dropped. */
export async function ComputeWorkflow(input: ComputeInput): Promise<ProjectResult> {
  return ingestGcpProject(input, stepWaves([['IngestInstances']], permanentGcpFailures));
}
