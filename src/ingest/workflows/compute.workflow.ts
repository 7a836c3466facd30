import { patched } from '@temporalio/workflow';
import { computeKinds, kindsOfScope } from '../../gcp/compute/kinds.js';
import { ingestProject, stepWaves } from './ingest-project.js';
import { kindBatches } from './kind-batches.js';
import type { ComputeInput, ProjectResult } from './types.js';

/** Patch id: every registry kind with bounded concurrency (before: instances, then disks and networks). */
export const allKindsPatch = 'compute-all-kinds';

/**
 * Patch id: the kinds run inside IngestComputeKinds calls (failed kinds retried alone), and the session's client
 * is closed by its release (before: one Ingest<Plural> activity per kind, then CloseSessionClient).
 */
export const kindBatchesPatch = 'compute-kind-batches';

/** Patch id: the firewall policy kinds (network and regional policies; hierarchical ones for organization/folder scopes). */
export const firewallPolicyKindsPatch = 'compute-firewall-policy-kinds';

const policyKinds: readonly string[] = [
  'networkFirewallPolicies',
  'regionNetworkFirewallPolicies',
  'firewallPolicies',
];

/** The kinds histories recorded before the firewall policy kinds ran (replays must schedule exactly those). */
const kindsBeforePolicies = computeKinds.filter((k) => !policyKinds.includes(k.plural));

/** Default kinds ingested at once in a project's session. */
export const DEFAULT_KIND_CONCURRENCY = 4;

/**
 * Compute Engine of one project in one session: every project kind of the registry, `kindConcurrency` at a time.
 * A `projectId` naming an organization or folder (`organizations/N`, `folders/N`) syncs that node's hierarchical
 * kinds (firewall policies) instead, with the same session, scope writer, history and deletion rules.
 */
export async function ComputeWorkflow(input: ComputeInput): Promise<ProjectResult> {
  const concurrency = input.kindConcurrency ?? DEFAULT_KIND_CONCURRENCY;
  if (patched(kindBatchesPatch)) {
    const kinds = patched(firewallPolicyKindsPatch)
      ? kindsOfScope(input.projectId)
      : kindsBeforePolicies.map((k) => k.plural);
    return ingestProject(input, kindBatches(kinds, concurrency));
  }
  if (patched(allKindsPatch)) {
    return ingestProject(input, stepWaves([kindsBeforePolicies.map((k) => k.activityName)], concurrency));
  }
  return ingestProject(input, stepWaves([['IngestInstances'], ['IngestDisks', 'IngestNetworks']]));
}

/** Instances of one project only, in their own session (on-demand refresh). */
export async function InstanceWorkflow(input: ComputeInput): Promise<ProjectResult> {
  return ingestProject(input, stepWaves([['IngestInstances']]));
}
