import {
  condition,
  continueAsNew,
  defineQuery,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ComputeWorkflow } from './compute.workflow.js';
import { failedProject } from './ingest-project.js';
import type {
  InventoryCarry,
  InventoryInput,
  InventoryProgress,
  InventoryResult,
  InventoryTotals,
  ProjectResult,
  RunActivities,
} from './types.js';

/** Live progress of a GCPInventoryWorkflow run. */
export const progressQuery = defineQuery<InventoryProgress>('progress');

const runs = proxyActivities<RunActivities>({ startToCloseTimeout: '1m', retry: { maximumAttempts: 10 } });

/**
 * Compute Engine of many projects: one child ComputeWorkflow (`gcp-compute/<projectId>`) per project, at most
 * `concurrency` in flight; continues as new every `childrenPerRun` children so history stays bounded.
 * One project failing never fails or cancels the others.
 */
export async function GCPInventoryWorkflow(input: InventoryInput): Promise<InventoryResult> {
  const info = workflowInfo();
  const concurrency = Math.max(1, input.concurrency ?? 10);
  const childrenPerRun = Math.max(concurrency, input.childrenPerRun ?? 500);
  const detailLimit = input.detailLimit ?? 500;
  const carry: InventoryCarry = input.carry ?? {
    runId: info.firstExecutionRunId,
    startedAt: new Date(info.startTime).toISOString(),
    done: 0,
    totals: { ok: 0, partial: 0, failed: 0, resources: {} },
    projects: [],
  };
  const total = input.projectIds.length;
  const running = new Set<string>();
  const recent: ProjectResult[] = [];
  setHandler(progressQuery, () => ({
    runId: carry.runId,
    total,
    done: carry.done,
    running: [...running],
    totals: carry.totals,
    recent,
  }));
  if (!input.carry) {
    await runs.RecordRunStarted({
      runId: carry.runId,
      workflowId: info.workflowId,
      workflowType: info.workflowType,
      projectCount: total,
      startedAt: carry.startedAt,
    });
  }

  const record = (result: ProjectResult) => {
    running.delete(result.projectId);
    carry.done++;
    addTotals(carry.totals, result);
    if (total <= detailLimit || result.status !== 'ok') carry.projects.push(result);
    recent.push(result);
    if (recent.length > 50) recent.shift();
  };

  let startedThisRun = 0;
  let next = carry.done;
  while (next < total && startedThisRun < childrenPerRun) {
    await condition(() => running.size < concurrency);
    const projectId = input.projectIds[next++]!;
    startedThisRun++;
    running.add(projectId);
    void runChild(projectId, carry.runId).then(record);
  }
  await condition(() => running.size === 0);

  if (carry.done < total) {
    await continueAsNew<typeof GCPInventoryWorkflow>({ ...input, carry });
  }
  const status =
    carry.totals.failed === total && total > 0
      ? 'failed'
      : carry.totals.failed || carry.totals.partial
        ? 'partial'
        : 'ok';
  const result: InventoryResult = {
    runId: carry.runId,
    status,
    startedAt: carry.startedAt,
    projectCount: total,
    totals: carry.totals,
    projects: carry.projects,
    detailOmitted: total > detailLimit,
  };
  await runs.RecordRunFinished({
    runId: carry.runId,
    status,
    summary: { totals: carry.totals, failed: carry.projects.filter((p) => p.status === 'failed') },
  });
  return result;
}

async function runChild(projectId: string, runId: string): Promise<ProjectResult> {
  try {
    const child = await startChild(ComputeWorkflow, {
      workflowId: `gcp-compute/${projectId}`,
      args: [{ projectId, runId }],
      parentClosePolicy: ParentClosePolicy.TERMINATE,
    });
    return await child.result();
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) {
      const message = `a ComputeWorkflow for ${projectId} is already running (gcp-compute/${projectId}); this run skipped it`;
      return {
        projectId,
        status: 'failed',
        resources: {},
        error: { type: 'WorkflowExecutionAlreadyStarted', message },
      };
    }
    return failedProject(projectId, err);
  }
}

function addTotals(totals: InventoryTotals, result: ProjectResult) {
  totals[result.status]++;
  for (const [plural, counts] of Object.entries(result.resources)) {
    const t = (totals.resources[plural] ??= {
      listed: 0,
      created: 0,
      changed: 0,
      unchanged: 0,
      deleted: 0,
      apiCalls: 0,
      rejected: 0,
      confirmCalls: 0,
      held: 0,
    });
    t.listed += counts.listed;
    t.created += counts.created;
    t.changed += counts.changed;
    t.unchanged += counts.unchanged;
    t.deleted += counts.deleted;
    t.apiCalls += counts.apiCalls;
    t.rejected += counts.rejected ?? 0;
    t.confirmCalls += counts.confirmCalls ?? 0;
    t.held += counts.held ?? 0;
  }
}
