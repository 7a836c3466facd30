import { GoogleApiError, invalidArgument, notFound } from '../google-errors.js';
import type { Hierarchy, RmProject } from './hierarchy.js';
import { folderJson, projectJson, searchProjects, serviceJson } from './rm-objects.js';
import { rmPage } from './rm-paging.js';

/** One Resource Manager / Service Usage call: `key` is what faults and counts are keyed by (a parent or a project id). */
export interface RmCall {
  method: string;
  key: string;
  serve(h: Hierarchy, params: URLSearchParams): object;
}

/** True for paths this emulator serves: `/v3/...` (Resource Manager) and `/v1/projects/...` (Service Usage). */
export function isResourceManagerPath(pathname: string): boolean {
  return pathname.startsWith('/v3/') || pathname.startsWith('/v1/projects/');
}

/** A resource's tag bindings by its full resource name; undefined for a resource that does not exist. */
export type TagBindingLookup = (parent: string) => object[] | undefined;

/**
 * The call a GET of `pathname` (with query `params`) makes, or undefined when no method lives there;
 * `tagBindings` answers `tagBindings.list` (none without it: the standalone emulator has no Compute resources).
 */
export function routeResourceManager(
  pathname: string,
  params: URLSearchParams,
  tagBindings: TagBindingLookup = () => undefined,
): RmCall | undefined {
  const path = decodeURIComponent(pathname);
  if (path === '/v3/tagBindings') {
    const parent = params.get('parent') ?? '';
    const project = /^\/\/compute\.googleapis\.com\/projects\/([^/]+)\//.exec(parent)?.[1];
    return {
      method: 'tagBindings.list',
      key: project ?? parent,
      serve: (_h, p) => {
        if (!parent.startsWith('//')) throw invalidArgument(`Invalid value for field 'parent': '${parent}'.`);
        const bindings = tagBindings(parent);
        if (!bindings)
          throw denied('tagBindings.list', parent.slice(2), 'resourcemanager.tagValueBindings.list');
        return listOf('tagBindings', bindings, p);
      },
    };
  }
  if (path === '/v3/projects:search') {
    const query = params.get('query') ?? '';
    const parent = /(?:^|\s)parent:(\S+)/i.exec(query)?.[1] ?? '*';
    return {
      method: 'projects.search',
      key: parent,
      serve: (h, p) => listOf('projects', searchProjects(h, query).map(projectJson), p),
    };
  }
  if (path === '/v3/projects' || path === '/v3/folders') {
    const parent = params.get('parent') ?? '';
    const folders = path === '/v3/folders';
    return {
      method: folders ? 'folders.list' : 'projects.list',
      key: parent,
      serve: (h, p) => {
        if (!/^(organizations|folders)\/\d+$/.test(parent))
          throw invalidArgument(`Invalid value for field 'parent': '${parent}'.`);
        if (!h.hasParent(parent)) throw denied(folders ? 'folders.list' : 'projects.list', parent);
        const showDeleted = p.get('showDeleted') === 'true';
        const children = folders
          ? h
              .foldersUnder(parent)
              .filter((f) => showDeleted || f.state === 'ACTIVE')
              .map(folderJson)
          : h
              .projectsUnder(parent)
              .filter((x) => showDeleted || x.state === 'ACTIVE')
              .map(projectJson);
        return listOf(folders ? 'folders' : 'projects', children, p);
      },
    };
  }
  let m = /^\/v3\/projects\/([^/:]+)$/.exec(path);
  if (m?.[1]) {
    const id = m[1];
    return { method: 'projects.get', key: id, serve: (h) => projectJson(project(h, id, 'projects.get')) };
  }
  m = /^\/v3\/folders\/(\d+)$/.exec(path);
  if (m?.[1]) {
    const id = m[1];
    return {
      method: 'folders.get',
      key: `folders/${id}`,
      serve: (h) => {
        const folder = h.folders.get(id);
        if (!folder) throw denied('folders.get', `folders/${id}`);
        return folderJson(folder);
      },
    };
  }
  m = /^\/v1\/projects\/([^/:]+)\/services\/([^/:]+)$/.exec(path);
  if (m?.[1] && m[2]) {
    const [, id, service] = m as unknown as [string, string, string];
    return {
      method: 'services.get',
      key: id,
      serve: (h) => serviceJson(project(h, id, 'services.get', 'serviceusage.services.get'), service),
    };
  }
  m = /^\/v1\/projects\/([^/:]+)\/services:batchGet$/.exec(path);
  if (m?.[1]) {
    const id = m[1];
    return { method: 'services.batchGet', key: id, serve: (h, p) => batchGet(h, id, p.getAll('names')) };
  }
  return undefined;
}

/** The 404 for a path no method serves. */
export function unknownRmPath(pathname: string): GoogleApiError {
  return notFound(pathname.replace(/^\/v\d\//, ''));
}

function listOf(field: string, all: object[], params: URLSearchParams): object {
  const { items, nextPageToken } = rmPage(all, params);
  return { ...(items.length ? { [field]: items } : {}), ...(nextPageToken ? { nextPageToken } : {}) };
}

function project(h: Hierarchy, id: string, method: string, permission?: string): RmProject {
  const p = h.project(id);
  if (!p) throw denied(method, `projects/${id}`, permission);
  return p;
}

function batchGet(h: Hierarchy, id: string, names: string[]): object {
  if (names.length === 0 || names.length > 30)
    throw invalidArgument(`between 1 and 30 names are required, got ${names.length}`);
  const p = project(h, id, 'services.batchGet', 'serviceusage.services.get');
  const services = names.map((name) => {
    const m = /^projects\/([^/]+)\/services\/([^/]+)$/.exec(name);
    if (!m?.[2] || h.project(m[1] ?? '') !== p)
      throw invalidArgument(`Invalid service name '${name}' for parent 'projects/${id}'.`);
    return serviceJson(p, m[2]);
  });
  return { services };
}

/** Google answers 403 both for a resource the caller may not read and for one that does not exist. */
export function denied(method: string, resource: string, permission?: string): GoogleApiError {
  const perm = permission ?? `resourcemanager.${method === 'projects.search' ? 'projects.get' : method}`;
  const service = perm.startsWith('serviceusage') ? 'serviceusage' : 'cloudresourcemanager';
  return new GoogleApiError(
    403,
    'PERMISSION_DENIED',
    'forbidden',
    `Permission '${perm}' denied on resource '//${service}.googleapis.com/${resource}' (or it may not exist).`,
  );
}
