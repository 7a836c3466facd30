import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import { walkAncestors } from './ancestors.js';
import { mapLimited } from '../../provider/map-limited.js';
import { classifyProject } from './classify.js';
import {
  discoveryCounts,
  finishDiscovery,
  finishWalk,
  hierarchyGaps,
  insertDiscovered,
  insertFolders,
  pendingProjects,
  recordComputeChecks,
  startDiscoveryRun,
} from './discovery-store.js';
import { parseLabelSelector, SelectorError, type ProjectFilters } from './selectors.js';
import type { DiscoveryCounts, DiscoveryInput } from './types.js';
import { computeEnabled, getProject, walkParents, type DiscoveryApi } from './walk.js';

/** Failure type of a label selector that cannot be parsed. */
export const DiscoveryBadSelector = 'DiscoveryBadSelector';

/**
 * Walks the input's parents and explicit projects into the run's discovery rows (ACTIVE and unfiltered ones
 * pending their Service Usage check). Idempotent: a retry starts the run's discovery over.
 */
export async function discoverIntoStore(
  db: Kysely<unknown>,
  api: DiscoveryApi,
  input: DiscoveryInput,
  heartbeat: (details: unknown) => void = () => {},
): Promise<DiscoveryCounts> {
  const filters = filtersOf(input);
  await startDiscoveryRun(db, input);
  const failures = await walkParents(
    api,
    input.parents,
    async (page) => {
      const rows = page.flatMap((p) => classifyProject(p, filters) ?? []);
      await insertDiscovered(db, input.runId, rows);
      heartbeat({ found: rows.length });
    },
    (folders) => insertFolders(db, input.runId, folders),
  );
  for (const projectId of input.projectIds ?? []) await addExplicit(db, api, input.runId, projectId, filters);
  const { gaps, known } = await hierarchyGaps(db, input.runId);
  await walkAncestors(api, gaps, known, (folder) => insertFolders(db, input.runId, [folder]));
  await finishWalk(db, input.runId, failures, api.caller.calls);
  return discoveryCounts(db, input.runId);
}

/** Asks Service Usage about every pending project: Compute enabled → included, disabled → skipped (not failed). */
export async function checkComputeServices(
  db: Kysely<unknown>,
  api: DiscoveryApi,
  runId: string,
  concurrency: number,
  heartbeat: (details: unknown) => void = () => {},
): Promise<DiscoveryCounts> {
  for (;;) {
    const pending = await pendingProjects(db, runId, 200);
    if (!pending.length) break;
    const before = api.caller.calls;
    const checks = await mapLimited(pending, concurrency, async (p) => {
      try {
        const enabled = await computeEnabled(api, p.projectNumber ?? p.projectId);
        return { projectId: p.projectId, enabled, reason: null };
      } catch (err) {
        if (!(err instanceof ApplicationFailure) || !err.nonRetryable) throw err;
        return { projectId: p.projectId, enabled: null, reason: `Service Usage could not say (${err.type})` };
      }
    });
    await recordComputeChecks(db, runId, checks, api.caller.calls - before);
    heartbeat({ checked: checks.length });
  }
  await finishDiscovery(db, runId);
  return discoveryCounts(db, runId);
}

/** The input's filters; a bad label selector is a non-retryable DiscoveryBadSelector. */
export function filtersOf(input: Pick<DiscoveryInput, 'include' | 'exclude' | 'labels'>): ProjectFilters {
  try {
    return {
      include: input.include ?? [],
      exclude: input.exclude ?? [],
      labels: parseLabelSelector(input.labels),
    };
  } catch (err) {
    if (err instanceof SelectorError)
      throw ApplicationFailure.create({
        type: DiscoveryBadSelector,
        message: err.message,
        nonRetryable: true,
      });
    throw err;
  }
}

async function addExplicit(
  db: Kysely<unknown>,
  api: DiscoveryApi,
  runId: string,
  projectId: string,
  filters: ProjectFilters,
): Promise<void> {
  try {
    const row = classifyProject(await getProject(api, projectId), filters);
    if (row) await insertDiscovered(db, runId, [row]);
  } catch (err) {
    if (!(err instanceof ApplicationFailure) || !err.nonRetryable) throw err;
    const reason = `named explicitly; projects.get failed (${err.type})`;
    await insertDiscovered(db, runId, [
      {
        projectId,
        projectNumber: null,
        name: null,
        parent: null,
        state: null,
        labels: {},
        computeEnabled: null,
        status: 'included',
        reason,
      },
    ]);
  }
}
