import type { Client } from '@temporalio/client';
import { createConfigService } from '../config/config-service.js';
import type { WorkerConfig } from '../provider/provider.js';
import { providerInventoryInput } from '../client/provider-inventory-input.js';
import type { EmulatorControlClient } from '../emulator/index.js';
import { startFortinetEmulator, type RunningFortinetEmulator } from '../emulator/fortinet/index.js';
import { HierarchyControlClient } from '../emulator/resource-manager/hierarchy-control.js';
import { FORTINET_TASK_QUEUE } from '../fortinet/kinds.js';
import { fortinetProvider } from '../fortinet/provider.js';
import { providerInventoryWorkflowId } from '../ingest/workflows/names.js';
import { ProviderInventoryWorkflow } from '../ingest/workflows/provider-inventory.workflow.js';
import type { Progress } from './progress.js';

/** How many demo VMs the demo FortiGate's VIPs map public addresses to. */
const DEMO_VIPS = 6;

/**
 * Starts one demo FortiGate (`fw-1/root`) whose VIPs map public addresses to the first demo VMs'
 * internal IPs; returns it and the `fortinet` config section a worker serves it with.
 */
export async function startFortinetDemo(
  control: EmulatorControlClient,
  url: string,
  progress: Progress,
): Promise<{ emulator: RunningFortinetEmulator; section: Record<string, unknown> }> {
  const hierarchy = await new HierarchyControlClient(url).projects();
  const withCompute = hierarchy.filter((p) => p.services.includes('compute.googleapis.com')).map((p) => p.id);
  const truths = await Promise.all(withCompute.map((p) => control.groundTruth(p)));
  const mappedIps = truths
    .flatMap((t) => t.resources.instances.flatMap((i) => (i.networkInterfaces ?? []).map((n) => n.networkIP)))
    .filter((ip): ip is string => typeof ip === 'string')
    .slice(0, DEMO_VIPS);
  const emulator = await startFortinetEmulator({
    generate: {
      seed: 'hotpot-demo',
      devices: 1,
      vdomsPerDevice: 1,
      policiesPerVdom: 40,
      vipsPerVdom: DEMO_VIPS,
      mappedIps,
    },
  });
  progress.line(
    `emulator: demo FortiGate at ${emulator.deviceUrl(emulator.devices[0]!.name)} (VIPs to ${mappedIps.length} demo VMs)`,
  );
  const section = {
    taskQueue: FORTINET_TASK_QUEUE,
    allowInsecureEndpoint: true,
    pageSize: 100,
    requestsPerMinute: 6000,
    devices: emulator.devices.map((d) => ({
      name: d.name,
      baseUrl: emulator.deviceUrl(d.name),
      vdoms: 'all',
      token: emulator.token,
    })),
  };
  return { emulator, section };
}

/**
 * Syncs every scope of the demo FortiGate through the generic workflow, its VDOMs listed by the device as
 * `hotpot ingest fortinet` lists them (`vdoms: all`), and reports a line per scope.
 */
export async function syncFortinet(client: Client, config: WorkerConfig, progress: Progress): Promise<void> {
  const found = await fortinetProvider.discoverScopes!(config, createConfigService(config));
  for (const scope of found.scopes) {
    const result = await client.workflow.execute(ProviderInventoryWorkflow, {
      taskQueue: FORTINET_TASK_QUEUE,
      workflowId: providerInventoryWorkflowId(fortinetProvider.name, scope),
      args: [providerInventoryInput(fortinetProvider, scope)],
    });
    const policies = result.resources['fortinet-policies'];
    const vips = result.resources['fortinet-vips'];
    progress.line(
      `fortinet: ${scope} ${result.status}: ${policies?.listed ?? 0} policies, ${vips?.listed ?? 0} VIPs`,
    );
  }
}
