import { permanentS1Failures } from '../../s1/failure-types.js';
import { s1Kinds } from '../../s1/kinds.js';
import { ingestProject, stepWaves } from './ingest-project.js';
import type { ScopeResult, S1InventoryInput } from './types.js';

/**
 * One SentinelOne management console in one session on the S1 queue: sites, groups and agents, one after the
 * other (the console's rate limit is per token), stopping at the first failure. The console's name is the scope id of its rows and runs.
 */
export async function S1InventoryWorkflow(input: S1InventoryInput): Promise<ScopeResult> {
  const { console, ...rest } = input;
  return ingestProject(
    { ...rest, scope: console },
    stepWaves(
      s1Kinds.map((k) => [k.activityName]),
      permanentS1Failures,
    ),
  );
}
