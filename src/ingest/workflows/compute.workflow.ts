import { patched } from '@temporalio/workflow';
import {
  computeKinds,
  kindsOfScope,
  kindsSinceMoreKindsPatch,
  type ComputePlural,
} from '../../gcp/compute/kinds.js';
import { permanentGcpFailures } from '../../gcp/failure-types.js';
import { gcpKindNames } from '../../gcp/kind-names.js';
import { ingestGcpProject, stepWaves } from './ingest-project.js';
import { kindBatches } from './kind-batches.js';
import { requireGcpProjectIds, requireGcpScopeIds } from './project-ids.js';
import type { ComputeInput, ProjectResult } from './types.js';

/** Patch id: every registry kind with bounded concurrency (before: instances, then disks and networks). */
export const allKindsPatch = 'compute-all-kinds';

/**
 * Patch id: the kinds run inside IngestComputeKinds calls (failed kinds retried alone), and the session's client
 * is closed by its release (before: one Ingest<Plural> activity per kind, then CloseSessionClient).
 */
export const kindBatchesPatch = 'compute-kind-batches';

/**
 * Patch id: the kinds added after the 31 first ones (target instances and proxies, classic VPN, group members,
 * firewall policies), and organization/folder scopes syncing their hierarchical firewall policies.
 */
export const moreKindsPatch = 'compute-more-kinds';

/** Patch id: project syncs also ingest the secure tags bound to instances (`instanceTagBindings`). */
export const tagBindingsPatch = 'compute-instance-tag-bindings';

/** The kinds histories recorded before `compute-more-kinds` ran (their replays must schedule exactly those). */
const kindsBeforeMoreKinds = computeKinds.filter((k) => !kindsSinceMoreKindsPatch.includes(k.plural));

/** Default kinds ingested at once in a project's session. */
export const DEFAULT_KIND_CONCURRENCY = 4;

/**
 * Compute Engine of one project in one session: every project kind of the registry, `kindConcurrency` at a time.
 * A `projectId` naming an organization or folder (`organizations/N`, `folders/N`) syncs that node's hierarchical
 * kinds (firewall policies) instead, with the same session, scope writer, history and deletion rules.
 */
export async function ComputeWorkflow(input: ComputeInput): Promise<ProjectResult> {
  requireGcpScopeIds([input.projectId]);
  const concurrency = input.kindConcurrency ?? DEFAULT_KIND_CONCURRENCY;
  if (patched(kindBatchesPatch)) {
    const kinds = patched(moreKindsPatch)
      ? withTagBindings(kindsOfScope(input.projectId))
      : kindsBeforeMoreKinds.map((k) => k.plural);
    return ingestGcpProject(
      input,
      kindBatches(kinds, concurrency, permanentGcpFailures),
      gcpKindNames(kinds),
    );
  }
  if (patched(allKindsPatch)) {
    return ingestGcpProject(
      input,
      stepWaves([kindsBeforeMoreKinds.map((k) => k.activityName)], permanentGcpFailures, concurrency),
    );
  }
  return ingestGcpProject(
    input,
    stepWaves([['IngestInstances'], ['IngestDisks', 'IngestNetworks']], permanentGcpFailures),
  );
}

/** A scope's kinds, less `instanceTagBindings` when replaying a history recorded before `compute-instance-tag-bindings`. */
function withTagBindings(kinds: ComputePlural[]): ComputePlural[] {
  if (!kinds.includes('instanceTagBindings') || patched(tagBindingsPatch)) return kinds;
  return kinds.filter((k) => k !== 'instanceTagBindings');
}

/** Instances of one project only, in their own session (on-demand refresh). */
export async function InstanceWorkflow(input: ComputeInput): Promise<ProjectResult> {
  requireGcpProjectIds([input.projectId]);
  return ingestGcpProject(input, stepWaves([['IngestInstances']], permanentGcpFailures));
}
