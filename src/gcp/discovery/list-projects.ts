import { ApplicationFailure } from '@temporalio/common';
import { classifyProject } from './classify.js';
import { filtersOf } from './discover.js';
import type { DiscoveredRow } from './discovery-store.js';
import type { DiscoveryInput, ParentFailure } from './types.js';
import { computeEnabled, walkParents, type DiscoveryApi } from './walk.js';

/** What a discovery found, held in memory (for `hotpot projects`; runs write to the store instead). */
export interface ProjectListing {
  projects: DiscoveredRow[];
  failures: ParentFailure[];
}

/** Discovers under `parents` without writing anything: every project with its status, Compute checked for the unfiltered ACTIVE ones. */
export async function listProjects(
  api: DiscoveryApi,
  input: Pick<DiscoveryInput, 'parents' | 'include' | 'exclude' | 'labels'>,
): Promise<ProjectListing> {
  const filters = filtersOf(input);
  const found = new Map<string, DiscoveredRow>();
  const failures = await walkParents(api, input.parents, async (page) => {
    for (const p of page) {
      const row = classifyProject(p, filters);
      if (row && !found.has(row.projectId)) found.set(row.projectId, row);
    }
  });
  for (const row of found.values()) {
    if (row.status !== 'pending') continue;
    try {
      row.computeEnabled = await computeEnabled(api, row.projectNumber ?? row.projectId);
      row.status = row.computeEnabled ? 'included' : 'skipped';
      if (!row.computeEnabled) row.reason = 'compute.googleapis.com is disabled';
    } catch (err) {
      if (!(err instanceof ApplicationFailure) || !err.nonRetryable) throw err;
      row.status = 'included';
      row.reason = `Service Usage could not say (${err.type})`;
    }
  }
  return { projects: [...found.values()], failures };
}
