import { patched } from '@temporalio/workflow';
import { computeKinds as allKinds, kindsSinceMoreKindsPatch } from '../../gcp/compute/kinds.js';
import { permanentGcpFailures } from '../../gcp/failure-types.js';
import { ingestProject, stepWaves } from './ingest-project.js';
import { kindBatches } from './kind-batches.js';
import { requireGcpProjectIds } from './project-ids.js';
import type { ComputeInput, ProjectResult } from './types.js';

/** Patch id: every registry kind with bounded concurrency (before: instances, then disks and networks). */
export const allKindsPatch = 'compute-all-kinds';

/**
 * Patch id: the kinds run inside IngestComputeKinds calls (failed kinds retried alone), and the session's client
 * is closed by its release (before: one Ingest<Plural> activity per kind, then CloseSessionClient).
 */
export const kindBatchesPatch = 'compute-kind-batches';

/** Patch id: the kinds added after the 31 first ones (target instances and proxies, classic VPN, …, group members). */
export const moreKindsPatch = 'compute-more-kinds';

/** Default kinds ingested at once in a project's session. */
export const DEFAULT_KIND_CONCURRENCY = 4;

/** Compute Engine of one project in one session: every kind of the registry, `kindConcurrency` at a time. */
export async function ComputeWorkflow(input: ComputeInput): Promise<ProjectResult> {
  requireGcpProjectIds([input.projectId]);
  const concurrency = input.kindConcurrency ?? DEFAULT_KIND_CONCURRENCY;
  const computeKinds = patched(moreKindsPatch)
    ? allKinds
    : allKinds.filter((k) => !kindsSinceMoreKindsPatch.includes(k.plural));
  if (patched(kindBatchesPatch)) {
    return ingestProject(
      input,
      kindBatches(
        computeKinds.map((k) => k.plural),
        concurrency,
        permanentGcpFailures,
      ),
    );
  }
  if (patched(allKindsPatch)) {
    return ingestProject(
      input,
      stepWaves([computeKinds.map((k) => k.activityName)], permanentGcpFailures, concurrency),
    );
  }
  return ingestProject(
    input,
    stepWaves([['IngestInstances'], ['IngestDisks', 'IngestNetworks']], permanentGcpFailures),
  );
}

/** Instances of one project only, in their own session (on-demand refresh). */
export async function InstanceWorkflow(input: ComputeInput): Promise<ProjectResult> {
  requireGcpProjectIds([input.projectId]);
  return ingestProject(input, stepWaves([['IngestInstances']], permanentGcpFailures));
}
