import type { cloudresourcemanager_v3 } from '@googleapis/cloudresourcemanager';
import type { DiscoveredRow } from './discovery-store.js';
import { filterReason, type ProjectFilters } from './selectors.js';

/** A Resource Manager project as a discovery row: not ACTIVE → inactive, filtered out → filtered, else pending its Service Usage check. */
export function classifyProject(
  p: cloudresourcemanager_v3.Schema$Project,
  filters: ProjectFilters,
): DiscoveredRow | undefined {
  if (!p.projectId) return undefined;
  const labels = p.labels ?? {};
  const base = {
    projectId: p.projectId,
    projectNumber: p.name?.startsWith('projects/') ? p.name.slice('projects/'.length) : null,
    name: p.displayName ?? null,
    parent: p.parent ?? null,
    state: p.state ?? null,
    labels,
    computeEnabled: null,
  };
  if (p.state !== 'ACTIVE') return { ...base, status: 'inactive', reason: `state ${p.state ?? 'unknown'}` };
  const filtered = filterReason(p.projectId, labels, filters);
  if (filtered !== undefined) return { ...base, status: 'filtered', reason: filtered };
  return { ...base, status: 'pending', reason: null };
}
