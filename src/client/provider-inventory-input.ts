import type { ProviderInventoryInput } from '../ingest/workflows/types.js';
import type { Provider } from '../provider/provider.js';

/** What starting a provider's scope needs from the provider: its name, kinds, waves and permanent failures. */
export type InventoriedProvider = Pick<Provider, 'name' | 'kinds' | 'kindWaves' | 'permanentFailures'>;

/** The ProviderInventoryWorkflow input of one scope: the provider's waves (default: each kind alone, in order). */
export function providerInventoryInput(
  provider: InventoriedProvider,
  scope: string,
  extra: Pick<ProviderInventoryInput, 'runId' | 'allowMassDeletion'> = {},
): ProviderInventoryInput {
  const waves = provider.kindWaves ?? provider.kinds.map((k) => [k.activityName]);
  return {
    provider: provider.name,
    scope,
    waves: waves.map((wave) => [...wave]),
    permanentFailures: [...provider.permanentFailures],
    ...(extra.runId !== undefined && { runId: extra.runId }),
    ...(extra.allowMassDeletion && { allowMassDeletion: true }),
  };
}
