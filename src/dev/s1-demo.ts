import type { Client } from '@temporalio/client';
import { Secret } from '../config/secret.js';
import type { S1Config } from '../config/types.js';
import type { EmulatorControlClient, GroundTruth } from '../emulator/index.js';
import { HierarchyControlClient } from '../emulator/resource-manager/hierarchy-control.js';
import { startS1Emulator, type RunningS1Emulator, type S1EstateAgent } from '../emulator/s1/index.js';
import { S1_TASK_QUEUE, s1InventoryWorkflowId } from '../ingest/workflows/names.js';
import { S1InventoryWorkflow } from '../ingest/workflows/s1-inventory.workflow.js';
import type { ScopeResult } from '../ingest/workflows/types.js';
import type { Progress } from './progress.js';

/** The demo console's name in the store. */
const DEMO_CONSOLE = 'demo-console';

/**
 * Agents for the demo VMs: every fifth instance has none; of the rest, alternately one reports its cloud
 * instance id and one only its hostname and IP (so `hotpot coverage` shows both kinds of match).
 */
function demoAgents(truths: readonly GroundTruth[]): S1EstateAgent[] {
  const instances = truths.flatMap((t) => t.resources.instances.map((i) => ({ project: t.projectId, i })));
  return instances.flatMap(({ project, i }, n) => {
    if (n % 5 === 4 || !i.name || !i.id) return [];
    const ips = (i.networkInterfaces ?? []).map((nic) => nic.networkIP).filter((ip): ip is string => !!ip);
    const zone = i.zone?.split('/').pop();
    return [
      {
        computerName: n % 2 === 0 ? i.name : `${i.name}.c.${project}.internal`,
        ips,
        ...(n % 2 === 0 ? { cloudInstanceId: i.id, project, ...(zone ? { zone } : {}) } : {}),
        ...(n % 7 === 3 ? { inactiveDays: 12 } : {}),
      },
    ];
  });
}

/** Starts the demo SentinelOne console with agents on most VMs of the Compute-enabled demo projects; returns it and its `s1` config. */
export async function startS1Demo(
  control: EmulatorControlClient,
  url: string,
  progress: Progress,
): Promise<{ emulator: RunningS1Emulator; s1: S1Config }> {
  const hierarchy = await new HierarchyControlClient(url).projects();
  const withCompute = hierarchy.filter((p) => p.services.includes('compute.googleapis.com')).map((p) => p.id);
  const truths = await Promise.all(withCompute.map((p) => control.groundTruth(p)));
  const emulator = await startS1Emulator({
    generate: { seed: 'hotpot-demo', sites: 2, hosts: demoAgents(truths), standaloneAgents: 3 },
  });
  progress.line(`emulator: SentinelOne demo console at ${emulator.url}`);
  const s1: S1Config = {
    endpoint: emulator.url,
    console: DEMO_CONSOLE,
    allowInsecureEndpoint: true,
    accountIds: [],
    taskQueue: S1_TASK_QUEUE,
    pageSize: 1000,
    requestsPerMinute: 6000,
    token: { source: 'inline', token: new Secret(emulator.token) },
  };
  return { emulator, s1 };
}

/** Runs the console's S1InventoryWorkflow and reports its agents line. */
export async function syncS1(client: Client, s1: S1Config, progress: Progress): Promise<ScopeResult> {
  const handle = await client.workflow.start(S1InventoryWorkflow, {
    taskQueue: s1.taskQueue,
    workflowId: s1InventoryWorkflowId(s1.console),
    args: [{ console: s1.console }],
  });
  const result = await handle.result();
  const agents = result.resources.agents;
  progress.line(
    `s1: ${s1.console} ${result.status}: ${agents?.listed ?? 0} agents (${agents?.created ?? 0} new, ${agents?.changed ?? 0} changed, ${agents?.deleted ?? 0} deleted)`,
  );
  return result;
}
