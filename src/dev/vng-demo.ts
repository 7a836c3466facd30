import type { Client } from '@temporalio/client';
import { providerInventoryInput } from '../client/provider-inventory-input.js';
import { startVngEmulator, type RunningVngEmulator } from '../emulator/vng/index.js';
import { providerInventoryWorkflowId } from '../ingest/workflows/names.js';
import { ProviderInventoryWorkflow } from '../ingest/workflows/provider-inventory.workflow.js';
import type { WorkerConfig } from '../provider/provider.js';
import { VNG_DEFAULTS } from '../vng/vng-config.js';
import { vngProvider } from '../vng/provider.js';
import type { Progress } from './progress.js';

/** The demo's VNG project: one project in HCM-3 with a few servers (some public, in the `web` group). */
const DEMO_PROJECT = 'pro-hotpot-demo';

/** Starts the demo VNG Cloud emulator; returns it and the `vng` config section a worker serves it with. */
export async function startVngDemo(
  progress: Progress,
): Promise<{ emulator: RunningVngEmulator; section: object }> {
  const emulator = await startVngEmulator({
    generate: { seed: 'hotpot-demo', projects: [DEMO_PROJECT], regions: ['HCM-3'], servers: 12 },
  });
  progress.line(`emulator: VNG Cloud demo project ${DEMO_PROJECT} (HCM-3) at ${emulator.url}`);
  const section = {
    iamEndpoint: emulator.iamEndpoint,
    vserverEndpoint: emulator.vserverEndpoint,
    allowInsecureEndpoint: true,
    clientId: emulator.clientId,
    clientSecret: { token: emulator.clientSecret },
    projects: [DEMO_PROJECT],
    regions: ['HCM-3'],
    taskQueue: VNG_DEFAULTS.taskQueue,
    pageSize: 100,
    requestsPerMinute: 6000,
  };
  return { emulator, section };
}

/** Runs ProviderInventoryWorkflow for every configured VNG scope and reports a servers line for each. */
export async function syncVng(client: Client, config: WorkerConfig, progress: Progress): Promise<void> {
  const target = vngProvider.inventoryTarget!(config);
  for (const scope of target.scopes) {
    const result = await client.workflow.execute(ProviderInventoryWorkflow, {
      taskQueue: target.taskQueue,
      workflowId: providerInventoryWorkflowId(vngProvider.name, scope),
      args: [providerInventoryInput(vngProvider, scope)],
    });
    const servers = result.resources.vngServers;
    const kinds = Object.keys(result.resources).length;
    progress.line(
      `vng: ${scope} ${result.status}: ${servers?.listed ?? 0} servers (${servers?.created ?? 0} new, ${servers?.changed ?? 0} changed, ${servers?.deleted ?? 0} deleted), ${kinds} kinds`,
    );
  }
}
