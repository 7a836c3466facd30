import { computeWorkflowId, progressQuery, serviceWorkflowId } from './names.js';
import {
  CancellationScope,
  ChildWorkflowFailure,
  condition,
  continueAsNew,
  isCancellation,
  log,
  ParentClosePolicy,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { ApplicationFailure, WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { isNodeScope, kindsOfScope } from '../../gcp/compute/kinds.js';
import { gcpKindNames } from '../../gcp/kind-names.js';
import { ComputeWorkflow } from './compute.workflow.js';
import { GcpServiceWorkflow } from './service.workflow.js';
import { withServices, type ServiceOutcome } from './service-results.js';
import { requireGcpProjectIds } from './project-ids.js';
import { discoverProjects, handleVanishedProjects, nextDiscoveredPage } from './discovery-steps.js';
import { failureOf } from './failure-of.js';
import { failedProject } from './ingest-project.js';
import { newCarry, overallStatus, pushRecent, recordProject } from './inventory-state.js';
import {
  MAX_INVENTORY_CONCURRENCY,
  type InventoryCarry,
  type InventoryInput,
  type InventoryResult,
  type ProjectResult,
  type ProjectActivities,
  type RunActivities,
  type ServiceGateActivities,
} from './types.js';

/** Live progress of a GCPInventoryWorkflow run. */

const runs = proxyActivities<RunActivities & ProjectActivities & ServiceGateActivities>({
  startToCloseTimeout: '1m',
  retry: { maximumAttempts: 10 },
});

/**
 * Compute Engine of many projects: one child ComputeWorkflow (`gcp-compute/<projectId>`) per project, at most
 * `concurrency` in flight; continues as new every `childrenPerRun` children so history stays bounded.
 * One project failing never fails or cancels the others. Per-project detail goes to the store; payloads carry
 * counts and a bounded sample only. A failed or cancelled run is recorded `failed` before it ends.
 */
export async function GCPInventoryWorkflow(input: InventoryInput): Promise<InventoryResult> {
  if (!input.carry) requireGcpProjectIds(input.projectIds);
  const info = workflowInfo();
  const concurrency = Math.min(MAX_INVENTORY_CONCURRENCY, Math.max(1, input.concurrency ?? 10));
  const childrenPerRun = Math.min(1000, Math.max(concurrency, input.childrenPerRun ?? 500));
  const detailLimit = Math.min(50, Math.max(0, input.detailLimit ?? 50));
  const carry = input.carry ?? newCarry(info.firstExecutionRunId, new Date(info.startTime).toISOString());
  const running = new Set<string>();
  const recent: ProjectResult[] = [];
  setHandler(progressQuery, () => ({
    runId: carry.runId,
    total: carry.total,
    done: carry.done,
    running: [...running],
    totals: carry.totals,
    recent,
  }));
  const record = (result: ProjectResult) => {
    running.delete(result.projectId);
    recordProject(carry, result, detailLimit);
    pushRecent(recent, result);
  };

  try {
    const page = await nextPage(input, carry, childrenPerRun);
    if (!input.carry) {
      await runs.RecordRunStarted({
        runId: carry.runId,
        workflowId: info.workflowId,
        workflowType: info.workflowType,
        scopeCount: carry.total,
        projectCount: carry.total,
        startedAt: carry.startedAt,
      });
    }
    if (page.length === 0 && carry.done < carry.total) {
      log.warn('The project list shrank during the run; ending it early', {
        done: carry.done,
        total: carry.total,
      });
      carry.total = carry.done;
    }
    for (const projectId of page) {
      await condition(() => running.size < concurrency);
      running.add(projectId);
      void runChild(projectId, carry.runId, input.allowMassDeletion === true).then(record);
    }
    await condition(() => running.size === 0);
  } catch (err) {
    await recordFailedRun(carry, err, () => running.size === 0);
    throw err;
  }

  if (carry.done < carry.total) {
    await continueAsNew<typeof GCPInventoryWorkflow>({ ...input, carry });
  }
  const discovery = carry.discovery && { counts: carry.discovery, vanished: await vanishedOf(carry) };
  const status = overallStatus(carry.totals, carry.total);
  const result: InventoryResult = {
    runId: carry.runId,
    status,
    startedAt: carry.startedAt,
    projectCount: carry.total,
    totals: carry.totals,
    projects: carry.projects,
    detailOmitted: carry.detailOmitted,
    failuresByType: carry.failuresByType,
    ...(discovery && { discovery }),
  };
  await runs.RecordRunFinished({
    runId: carry.runId,
    status,
    summary: { ...summaryOf(carry), ...(discovery && { discovery }) },
  });
  return result;
}

/** The next page of projects (at most `limit`) from the input's list or the worker's config; sets the total once. */
async function nextPage(input: InventoryInput, carry: InventoryCarry, limit: number): Promise<string[]> {
  if (input.parents?.length) return discoveredPage(input, carry, limit);
  if (input.projectSource === 'config') {
    const page = await runs.ListProjects({ offset: carry.done, limit });
    if (!input.carry) carry.total = page.total;
    return page.projectIds;
  }
  const ids = input.projectIds ?? [];
  if (!input.carry) carry.total = ids.length;
  return ids.slice(carry.done, carry.done + limit);
}

/**
 * Discovery mode: the first run records itself, discovers into the store and fixes the total at the included
 * count plus the hierarchy nodes (organizations and folders, synced for their firewall policies); every run then reads its page of ids from the store (payloads carry counts, never the list).
 */
async function discoveredPage(
  input: InventoryInput,
  carry: InventoryCarry,
  limit: number,
): Promise<string[]> {
  if (!carry.discovery) {
    const info = workflowInfo();
    await runs.RecordRunStarted({
      runId: carry.runId,
      workflowId: info.workflowId,
      workflowType: info.workflowType,
      scopeCount: 0,
      projectCount: 0,
      startedAt: carry.startedAt,
    });
    carry.discovery = await discoverProjects({
      runId: carry.runId,
      parents: input.parents ?? [],
      ...(input.projectIds?.length && { projectIds: input.projectIds }),
      ...(input.include?.length && { include: input.include }),
      ...(input.exclude?.length && { exclude: input.exclude }),
      ...(input.labels && { labels: input.labels }),
    });
    carry.total = carry.discovery.included + (carry.discovery.nodes ?? 0);
  }
  return nextDiscoveredPage(carry.runId, carry.done, limit);
}

/** Vanished projects after a complete discovery; an error here is logged and reported, never fails the run. */
async function vanishedOf(carry: InventoryCarry) {
  if (!carry.discovery?.complete) return undefined;
  try {
    return await handleVanishedProjects(carry.runId);
  } catch (err) {
    log.warn('Handling vanished projects failed', { error: failureOf(err) });
    return undefined;
  }
}

/** Waits (bounded) for children to settle after a cancellation, then records the run failed; never cancelled itself. */
async function recordFailedRun(carry: InventoryCarry, err: unknown, settled: () => boolean): Promise<void> {
  await CancellationScope.nonCancellable(async () => {
    if (isCancellation(err)) await condition(settled, '5m');
    await runs.RecordRunFinished({
      runId: carry.runId,
      status: 'failed',
      summary: { ...summaryOf(carry), error: failureOf(err) },
    });
  });
}

function summaryOf(carry: InventoryCarry) {
  return {
    totals: carry.totals,
    failuresByType: carry.failuresByType,
    failed: carry.projects.filter((p) => p.status === 'failed'),
  };
}

/**
 * Patch id: each project's services beyond Compute (GKE, Cloud SQL, Storage, IAM) run beside its ComputeWorkflow,
 * each as a child GcpServiceWorkflow with its own session, when Service Usage says the service is enabled.
 */
export const servicesPatch = 'gcp-services';

/** A project's ComputeWorkflow and, behind the `gcp-services` patch, its enabled services' workflows. */
async function runChild(
  projectId: string,
  runId: string,
  allowMassDeletion: boolean,
): Promise<ProjectResult> {
  if (isNodeScope(projectId) || !patched(servicesPatch))
    return runCompute(projectId, runId, allowMassDeletion);
  const [compute, services] = await Promise.all([
    runCompute(projectId, runId, allowMassDeletion),
    runServices(projectId, runId, allowMassDeletion),
  ]);
  return withServices(compute, services);
}

/** The enabled services' workflows of one project; a disabled service is reported skipped, never run. */
async function runServices(
  projectId: string,
  runId: string,
  allowMassDeletion: boolean,
): Promise<ServiceOutcome[]> {
  let gate: { enabled: string[]; disabled: string[] };
  try {
    gate = await runs.EnabledServices({ runId, projectId });
  } catch (err) {
    return [{ service: 'serviceusage', failed: failureOf(err) }];
  }
  const skipped: ServiceOutcome[] = gate.disabled.map((service) => ({ service, skipped: true }));
  const ran = await Promise.all(
    gate.enabled.map(async (service): Promise<ServiceOutcome> => {
      try {
        const child = await startChild(GcpServiceWorkflow, {
          workflowId: serviceWorkflowId(service, projectId),
          args: [{ projectId, runId, service, ...(allowMassDeletion ? { allowMassDeletion } : {}) }],
          parentClosePolicy: ParentClosePolicy.TERMINATE,
        });
        return { service, result: await child.result() };
      } catch (err) {
        if (isCancellation(err)) throw err;
        return { service, failed: failureOf(err) };
      }
    }),
  );
  return [...ran, ...skipped];
}

async function runCompute(
  projectId: string,
  runId: string,
  allowMassDeletion: boolean,
): Promise<ProjectResult> {
  try {
    const child = await startChild(ComputeWorkflow, {
      workflowId: computeWorkflowId(projectId),
      args: [{ projectId, runId, ...(allowMassDeletion ? { allowMassDeletion } : {}) }],
      parentClosePolicy: ParentClosePolicy.TERMINATE,
    });
    return await child.result();
  } catch (err) {
    const result =
      err instanceof WorkflowExecutionAlreadyStartedError
        ? alreadyRunning(projectId)
        : failedProject(projectId, err);
    if (!recordedByChild(err)) {
      await CancellationScope.nonCancellable(() =>
        runs.RecordProjectFailed({
          runId,
          scope: projectId,
          projectId,
          kinds: gcpKindNames(kindsOfScope(projectId)),
          error: result.error ?? failureOf(err),
        }),
      );
    }
    return result;
  }
}

/** A child that failed by itself or was cancelled recorded its project; one never started, terminated or timed out did not. */
function recordedByChild(err: unknown): boolean {
  return (
    err instanceof ChildWorkflowFailure && (err.cause instanceof ApplicationFailure || isCancellation(err))
  );
}

function alreadyRunning(projectId: string): ProjectResult {
  const message = `a ComputeWorkflow for ${projectId} is already running (${computeWorkflowId(projectId)}); this run skipped it`;
  return {
    projectId,
    status: 'failed',
    resources: {},
    error: { type: 'WorkflowExecutionAlreadyStarted', message },
  };
}
