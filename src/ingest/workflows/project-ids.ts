import { ApplicationFailure } from '@temporalio/workflow';
import { isNodeScope } from '../../gcp/compute/kinds.js';
import { GcpFailureType } from '../../gcp/failure-types.js';
import { gcpProjectIdProblems } from '../../gcp/project-id.js';

/**
 * Refuses a workflow input naming a project id Google could not accept, before any activity runs (no API call,
 * no run recorded): a non-retryable `GcpInvalidProjectId` naming every bad id.
 */
export function requireGcpProjectIds(ids: readonly string[] | undefined): void {
  const problems = gcpProjectIdProblems(ids ?? []);
  if (problems.length)
    throw ApplicationFailure.nonRetryable(problems.join('; '), GcpFailureType.InvalidProjectId);
}

/** As `requireGcpProjectIds`, but also accepting well-formed organization and folder scope ids. */
export function requireGcpScopeIds(ids: readonly string[]): void {
  requireGcpProjectIds(ids.filter((id) => !isNodeScope(id)));
}
