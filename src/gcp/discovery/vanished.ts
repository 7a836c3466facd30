import type { Kysely } from 'kysely';
import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../failure-types.js';
import { discoveryCounts } from './discovery-store.js';
import type { VanishedSummary } from './types.js';
import {
  closeVanishedProject,
  previousCompleteRun,
  recordVanished,
  vanishedCandidates,
  vanishedCounts,
  vanishedOfRun,
} from './vanished-store.js';
import { getProject, type DiscoveryApi } from './walk.js';

const none: VanishedSummary = { vanished: 0, closed: 0, held: 0, projects: [] };

/**
 * Projects the previous complete discovery had that this complete one lacks are confirmed one by one with
 * projects.get: DELETE_REQUESTED or 404 → their resources' history is closed; ACTIVE (moved or no longer
 * visible under the parents) or 403 (cannot tell a lost permission from a purged project) → reported, kept.
 * An incomplete discovery handles nothing.
 */
export async function handleVanished(
  db: Kysely<unknown>,
  api: DiscoveryApi,
  runId: string,
  tables: readonly string[],
): Promise<VanishedSummary> {
  const counts = await discoveryCounts(db, runId);
  if (!counts.complete) return none;
  const previous = await previousCompleteRun(db, runId);
  if (previous === undefined) return none;
  for (const projectId of await vanishedCandidates(db, runId, previous)) {
    const v = { runId, projectId, previous };
    try {
      const project = await getProject(api, projectId);
      if (project.state === 'DELETE_REQUESTED') {
        await closeVanishedProject(
          db,
          { ...v, confirmation: 'DELETE_REQUESTED', reason: 'project DELETE_REQUESTED' },
          tables,
        );
      } else {
        const reason = `still ${project.state ?? 'unknown'}: no longer under the discovered parents (now ${project.parent ?? '?'})`;
        await recordVanished(db, {
          ...v,
          confirmation: project.state ?? 'UNKNOWN',
          reason,
          closed: false,
          rowsClosed: 0,
        });
      }
    } catch (err) {
      if (!(err instanceof ApplicationFailure) || !err.nonRetryable) throw err;
      if (err.type === GcpFailureType.ProjectNotFound) {
        await closeVanishedProject(
          db,
          { ...v, confirmation: 'NOT_FOUND', reason: 'project not found (404)' },
          tables,
        );
      } else {
        const reason = `projects.get failed (${err.type}): deletion not confirmed, history kept`;
        await recordVanished(db, {
          ...v,
          confirmation: err.type ?? 'Error',
          reason,
          closed: false,
          rowsClosed: 0,
        });
      }
    }
  }
  const { vanished, closed } = await vanishedCounts(db, runId);
  return { vanished, closed, held: vanished - closed, projects: await vanishedOfRun(db, runId) };
}
