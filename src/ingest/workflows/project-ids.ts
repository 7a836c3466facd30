import { ApplicationFailure } from '@temporalio/workflow';
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

/** An organization or folder scope id (`organizations/N`, `folders/N`), which Compute syncs for its firewall policies. */
const nodeScopeId = /^(organizations|folders)\/[0-9]{1,20}$/;

/** As `requireGcpProjectIds`, but also accepting well-formed organization and folder scope ids. */
export function requireGcpScopeIds(ids: readonly string[]): void {
  requireGcpProjectIds(ids.filter((id) => !nodeScopeId.test(id)));
}
