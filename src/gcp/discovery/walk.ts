import { ApplicationFailure } from '@temporalio/common';
import type { cloudresourcemanager_v3 } from '@googleapis/cloudresourcemanager';
import type { GoogleApiCaller } from '../google-api-caller.js';
import type { DiscoveryClient } from './discovery-client.js';
import type { ParentFailure } from './types.js';

/** What a discovery call needs: the clients, the paced caller and a page size. */
export interface DiscoveryApi {
  client: DiscoveryClient;
  caller: GoogleApiCaller;
  pageSize: number;
}

type Project = cloudresourcemanager_v3.Schema$Project;

/**
 * Walks each parent and its folders, recursively, handing every page of (ACTIVE) projects to `onProjects` and
 * of folders (with their parents) to `onFolders`.
 * A parent whose listing fails permanently (403, 404) is recorded, naming it, and skipped with its subtree;
 * its siblings go on. Retryable failures that outlast the caller's attempts are thrown.
 */
export async function walkParents(
  api: DiscoveryApi,
  parents: readonly string[],
  onProjects: (projects: Project[]) => Promise<void>,
  onFolders: (folders: { folder: string; parent: string }[]) => Promise<void> = async () => {},
): Promise<ParentFailure[]> {
  const failures: ParentFailure[] = [];
  const queue = [...parents];
  const visited = new Set<string>();
  while (queue.length) {
    const parent = queue.shift()!;
    if (visited.has(parent)) continue;
    visited.add(parent);
    try {
      await forEachPage(
        api,
        `folders.list ${parent}`,
        (pageToken) => api.client.rm.folders.list({ parent, pageSize: api.pageSize, pageToken }),
        async (data) => {
          const found = (data.folders ?? []).filter((f) => f.name && f.state !== 'DELETE_REQUESTED');
          for (const f of found) queue.push(f.name!);
          await onFolders(found.map((f) => ({ folder: f.name!, parent: f.parent ?? parent })));
        },
      );
      await forEachPage(
        api,
        `projects.list ${parent}`,
        (pageToken) => api.client.rm.projects.list({ parent, pageSize: api.pageSize, pageToken }),
        (data) => onProjects(data.projects ?? []),
      );
    } catch (err) {
      if (!(err instanceof ApplicationFailure) || !err.nonRetryable) throw err;
      failures.push({ parent, type: err.type ?? 'Error', message: err.message });
    }
  }
  return failures;
}

async function forEachPage<T extends { nextPageToken?: string | null }>(
  api: DiscoveryApi,
  what: string,
  fetch: (pageToken: string | undefined) => Promise<{ data: T }>,
  onPage: (data: T) => Promise<void>,
): Promise<void> {
  let pageToken: string | undefined;
  do {
    const data = await api.caller.call(what, () => fetch(pageToken));
    await onPage(data);
    pageToken = data.nextPageToken ?? undefined;
  } while (pageToken);
}

/** One project by id (for explicit projects and deletion confirmation). */
export function getProject(api: DiscoveryApi, projectId: string): Promise<Project> {
  return api.caller.call(`projects.get projects/${projectId}`, () =>
    api.client.rm.projects.get({ name: `projects/${projectId}` }),
  );
}

/** True when the project (named `projects/<number>` or by id) has compute.googleapis.com enabled. */
export async function computeEnabled(api: DiscoveryApi, project: string): Promise<boolean> {
  const name = `projects/${project}/services/compute.googleapis.com`;
  const service = await api.caller.call(`services.get ${name}`, () =>
    api.client.usage.services.get({ name }),
  );
  return service.state === 'ENABLED';
}
