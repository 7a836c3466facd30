import { ApplicationFailure, patched } from '@temporalio/workflow';
import { gcpServices, serviceKindsSinceMoreKindsPatch } from '../../gcp/services/kinds.js';
import { permanentGcpFailures } from '../../gcp/failure-types.js';
import { gcpKindNames } from '../../gcp/kind-names.js';
import { DEFAULT_KIND_CONCURRENCY } from './compute.workflow.js';
import { ingestGcpProject } from './ingest-project.js';
import { kindBatches } from './kind-batches.js';
import { requireGcpProjectIds } from './project-ids.js';
import type { ProjectResult, ServiceInput } from './types.js';

/** Patch id: Cloud SQL databases and users, and Cloud Run's kinds (`serviceKindsSinceMoreKindsPatch`). */
export const serviceMoreKindsPatch = 'gcp-services-more-kinds';

/**
 * One Google service beyond Compute (`gke`, `sql`, `storage`, `iam`, `run`) of one project, in its own session with its
 * own client: the service's kinds through IngestComputeKinds calls, with the same scope writer, history and
 * deletion rules as Compute. Started by GCPInventoryWorkflow for each enabled service, or on its own.
 */
export async function GcpServiceWorkflow(input: ServiceInput): Promise<ProjectResult> {
  requireGcpProjectIds([input.projectId]);
  const service = gcpServices.find((s) => s.name === input.service);
  if (!service)
    throw ApplicationFailure.nonRetryable(
      `unknown Google service '${input.service}': use one of ${gcpServices.map((s) => s.name).join(', ')}`,
      'HotpotInvalidInput',
    );
  const concurrency = input.kindConcurrency ?? DEFAULT_KIND_CONCURRENCY;
  const kinds = patched(serviceMoreKindsPatch)
    ? service.kinds
    : service.kinds.filter((k) => !serviceKindsSinceMoreKindsPatch.includes(k));
  return ingestGcpProject(input, kindBatches(kinds, concurrency, permanentGcpFailures), gcpKindNames(kinds));
}
