import { GCPInventoryWorkflow } from '../ingest/workflows/gcp-inventory.workflow.js';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Client } from '@temporalio/client';
import type { RunningEmulator } from '../emulator/index.js';
import type { InventoryInput, InventoryResult } from '../ingest/workflows/types.js';
import { historyFigures } from './history.js';
import { compareWithSummary, scrapeResourceCounters, type MetricsSummaryCheck } from './metrics-check.js';
import { phase, totalCalls, type PhaseResult } from './phase.js';
import { startCpuSampler, type CpuTargets } from './process-cpu.js';
import type { WorkerChild } from './worker-child.js';

/** Where a Hotpot sync runs: the Temporal client, the worker process and its queue, and the emulator it reads. */
export interface SyncTarget {
  client: Client;
  taskQueue: string;
  worker: WorkerChild;
  emulator: RunningEmulator;
  /** Where the phase's CPU goes besides the worker: the Temporal server (when the bench owns it), the database. */
  cpu: Omit<CpuTargets, 'workerPid'>;
}

/** Runs one GCPInventoryWorkflow over `projectIds` and measures it as a phase. */
export async function hotpotSync(
  name: string,
  target: SyncTarget,
  projectIds: string[],
): Promise<{
  phase: PhaseResult;
  result: InventoryResult;
  calls: Record<string, Record<string, number>>;
  metrics: MetricsSummaryCheck;
}> {
  await target.emulator.control.clearRequestCounts();
  const countersBefore = await scrapeResourceCounters(target.worker.metricsUrl);
  await target.worker.resetPeak();
  const before = await target.worker.stats();
  const workflowId = `gcp-inventory/bench-${randomUUID()}`;
  const cpu = startCpuSampler({ ...target.cpu, workerPid: target.worker.pid });
  const start = performance.now();
  const handle = await target.client.workflow.start(GCPInventoryWorkflow, {
    taskQueue: target.taskQueue,
    workflowId,
    args: [{ projectIds, concurrency: 10 } satisfies InventoryInput],
  });
  const result = await handle.result();
  const wallMs = performance.now() - start;
  const cpuMs = cpu.stop();
  const after = await target.worker.stats();
  const countersAfter = await scrapeResourceCounters(target.worker.metricsUrl);
  const calls = await target.emulator.control.requestCounts();
  const history = await historyFigures(target.client, workflowId, handle.firstExecutionRunId);
  if (result.status !== 'ok') {
    const why = result.projects
      .filter((p) => p.status !== 'ok')
      .map((p) => {
        const kinds = Object.entries(p.resources).filter(([, r]) => r.rejected > 0 || r.held > 0);
        return `${p.projectId} ${p.status}${p.error ? ` (${p.error.type})` : ''} ${kinds.map(([k, r]) => `${k}: ${r.rejected} rejected, ${r.held} held`).join(', ')}`;
      });
    throw new Error(
      `${name}: GCPInventoryWorkflow ended ${result.status}: ${why.join('; ')} (run ${result.runId})`,
    );
  }
  const listed = Object.values(result.totals.resources).reduce((n, r) => n + r.listed, 0);
  return {
    result,
    calls,
    metrics: compareWithSummary(name, countersBefore, countersAfter, result),
    phase: phase(name, wallMs, listed, {
      apiCalls: totalCalls(calls),
      clientConstructions: after.constructions - before.constructions,
      workerPeakRssMb: Math.round(after.peakRss / 1e6),
      parentHistoryEvents: history.events,
      parentRuns: history.runs,
      largestPayloadBytes: history.largestPayload,
      cpuMs,
      scopes: projectIds.length * Object.keys(result.totals.resources).length,
    }),
  };
}
