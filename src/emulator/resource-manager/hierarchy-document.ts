import { defaultProject, defaultServices, Hierarchy, type LifecycleState } from './hierarchy.js';

/** A hierarchy part of an estate document that cannot be built; the message names the place. */
export class HierarchyError extends Error {}

/** A folder of an estate file: `{ "id": "456", "folders": [...] }`. */
export interface FolderSpec {
  id: string;
  displayName?: string;
  folders?: FolderSpec[];
  /** Hierarchical firewall policies the folder owns (the Compute emulator reads them; default: generated ones). */
  firewallPolicies?: unknown[];
}

/** An organization of an estate file. */
export interface OrganizationSpec {
  id: string;
  displayName?: string;
  folders?: FolderSpec[];
  /** Hierarchical firewall policies the organization owns (default: generated ones). */
  firewallPolicies?: unknown[];
}

/** The Resource Manager fields of an estate file's project (its Compute resources are read elsewhere). */
export interface ProjectHierarchySpec {
  id: string;
  /** `organizations/N` or `folders/N`; a project without one is reachable only by id. */
  parent?: string;
  /** Default the project id's hash. */
  number?: string;
  displayName?: string;
  lifecycleState?: LifecycleState;
  labels?: Record<string, string>;
  /** Enabled services; default `["compute.googleapis.com"]`, so `[]` disables Compute. */
  services?: string[];
}

/** The part of an estate document the Resource Manager emulator reads. */
export interface HierarchyDocument {
  organizations?: OrganizationSpec[];
  projects?: ProjectHierarchySpec[];
}

/** Builds the hierarchy of an estate document; `extraProjectIds` (generated projects) get no parent. */
export function hierarchyFromDocument(
  doc: HierarchyDocument,
  extraProjectIds: Iterable<string> = [],
  where = 'estate',
): Hierarchy {
  const h = new Hierarchy();
  const addFolders = (parent: string, folders: FolderSpec[] | undefined, at: string) => {
    (folders ?? []).forEach((f, i) => {
      if (typeof f?.id !== 'string' || !/^\d+$/.test(f.id))
        throw new HierarchyError(`${where}: ${at}.folders[${i}] needs a numeric string "id"`);
      h.addFolder({ id: f.id, parent, displayName: f.displayName ?? `folder-${f.id}`, state: 'ACTIVE' });
      addFolders(`folders/${f.id}`, f.folders, `${at}.folders[${i}]`);
    });
  };
  (doc.organizations ?? []).forEach((o, i) => {
    if (typeof o?.id !== 'string' || !/^\d+$/.test(o.id))
      throw new HierarchyError(`${where}: organizations[${i}] needs a numeric string "id"`);
    h.addOrganization(o.id, o.displayName);
    addFolders(`organizations/${o.id}`, o.folders, `organizations[${i}]`);
  });
  for (const id of extraProjectIds) h.addProject(defaultProject(id));
  (doc.projects ?? []).forEach((p, i) => {
    if (p.parent !== undefined && !h.hasParent(p.parent))
      throw new HierarchyError(
        `${where}: projects[${i}] (${p.id}): parent '${p.parent}' is not an organization or folder of the estate`,
      );
    if (p.lifecycleState !== undefined && !['ACTIVE', 'DELETE_REQUESTED'].includes(p.lifecycleState))
      throw new HierarchyError(
        `${where}: projects[${i}] (${p.id}): lifecycleState must be ACTIVE or DELETE_REQUESTED`,
      );
    h.addProject(projectOf(p));
  });
  return h;
}

function projectOf(p: ProjectHierarchySpec) {
  return defaultProject(p.id, {
    ...(p.number !== undefined && { number: p.number }),
    parent: p.parent,
    displayName: p.displayName ?? p.id,
    state: p.lifecycleState ?? 'ACTIVE',
    labels: { ...(p.labels ?? {}) },
    services: new Set(p.services ?? defaultServices),
  });
}
