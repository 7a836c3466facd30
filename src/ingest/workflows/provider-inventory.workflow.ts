import { ingestProject, stepWaves, type Step } from './ingest-project.js';
import type { ScopeResult, ProviderInventoryInput } from './types.js';

/**
 * One scope of any provider in one session on the provider's queue: each wave's `Ingest<Resource>` activities at
 * once, the waves in order, stopping at the first failure. The provider, not this workflow, names the activities,
 * so a new provider needs no workflow of its own; the scope id is the one its rows and runs are stored under.
 */
export async function ProviderInventoryWorkflow(input: ProviderInventoryInput): Promise<ScopeResult> {
  const { scope, waves, permanentFailures, provider: _provider, ...rest } = input;
  return ingestProject(
    { ...rest, scope },
    stepWaves(
      waves.map((wave) => wave.map((name) => name as Step)),
      permanentFailures,
    ),
  );
}
