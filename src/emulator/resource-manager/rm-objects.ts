import type { Hierarchy, RmFolder, RmProject } from './hierarchy.js';

const createTime = '2024-01-01T00:00:00.000Z';

/** A project as Resource Manager v3 returns it. */
export function projectJson(p: RmProject): Record<string, unknown> {
  return {
    name: `projects/${p.number}`,
    ...(p.parent ? { parent: p.parent } : {}),
    projectId: p.projectId,
    state: p.state,
    displayName: p.displayName,
    createTime,
    updateTime: createTime,
    ...(p.state === 'DELETE_REQUESTED' ? { deleteTime: createTime } : {}),
    etag: `W/"${p.number}"`,
    labels: p.labels,
  };
}

/** A folder as Resource Manager v3 returns it. */
export function folderJson(f: RmFolder): Record<string, unknown> {
  return {
    name: `folders/${f.id}`,
    parent: f.parent,
    displayName: f.displayName,
    state: f.state,
    createTime,
    updateTime: createTime,
    etag: `W/"${f.id}"`,
  };
}

/** A service of a project as Service Usage v1 returns it. */
export function serviceJson(p: RmProject, service: string): Record<string, unknown> {
  return {
    name: `projects/${p.number}/services/${service}`,
    parent: `projects/${p.number}`,
    config: { name: service, title: service.split('.')[0] },
    state: p.services.has(service) ? 'ENABLED' : 'DISABLED',
  };
}

/**
 * The projects `projects.search` matches: whitespace-separated `field:value` terms, all of which must hold;
 * fields `parent`, `id`/`projectId`, `state`/`lifecycleState`, `name`/`displayName`, `labels.<key>` (value `*` = present).
 */
export function searchProjects(h: Hierarchy, query: string): RmProject[] {
  const terms = query
    .split(/\s+/)
    .filter((t) => t !== '')
    .map((t) => {
      const at = t.indexOf(':');
      return { field: t.slice(0, at).toLowerCase(), value: t.slice(at + 1).toLowerCase() };
    });
  return h.allProjects().filter((p) => terms.every((t) => termHolds(p, t.field, t.value)));
}

function termHolds(p: RmProject, field: string, value: string): boolean {
  const like = (actual: string | undefined) =>
    actual !== undefined &&
    (value.endsWith('*')
      ? actual.toLowerCase().startsWith(value.slice(0, -1))
      : actual.toLowerCase() === value);
  if (field === 'parent') return like(p.parent);
  if (field === 'id' || field === 'projectid') return like(p.projectId);
  if (field === 'state' || field === 'lifecyclestate') return like(p.state);
  if (field === 'name' || field === 'displayname') return like(p.displayName);
  if (field.startsWith('labels.')) {
    const key = field.slice('labels.'.length);
    const entry = Object.entries(p.labels).find(([k]) => k.toLowerCase() === key);
    return entry !== undefined && (value === '*' || like(entry[1]));
  }
  return false;
}
