/** Lifecycle states of Resource Manager v3 projects and folders. */
export type LifecycleState = 'ACTIVE' | 'DELETE_REQUESTED';

/** A folder of the emulated hierarchy; `parent` is `organizations/N` or `folders/N`. */
export interface RmFolder {
  id: string;
  parent: string;
  displayName: string;
  state: LifecycleState;
}

/** A project of the emulated hierarchy; `services` are the enabled service names. */
export interface RmProject {
  projectId: string;
  number: string;
  parent: string | undefined;
  displayName: string;
  state: LifecycleState;
  labels: Record<string, string>;
  services: Set<string>;
}

/** What a project enables when its definition names no services. */
export const defaultServices = ['compute.googleapis.com'];

/** A stable 12-digit project number derived from the project id (FNV-1a). */
export function projectNumber(projectId: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(projectId)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return String(100_000_000_000n + (hash % 900_000_000_000n));
}

/** An ACTIVE project with defaults for what is not given (no parent: reachable only by id). */
export function defaultProject(projectId: string, fields: Partial<RmProject> = {}): RmProject {
  return {
    projectId,
    number: projectNumber(projectId),
    parent: undefined,
    displayName: projectId,
    state: 'ACTIVE',
    labels: {},
    services: new Set(defaultServices),
    ...fields,
  };
}

/** Organizations, folders and projects as Resource Manager and Service Usage see them. */
export class Hierarchy {
  /** A hierarchy of parentless projects (a Compute-only estate). */
  static ofProjects(projectIds: Iterable<string>): Hierarchy {
    const h = new Hierarchy();
    for (const id of projectIds) h.addProject(defaultProject(id));
    return h;
  }

  readonly organizations = new Map<string, { id: string; displayName: string }>();
  readonly folders = new Map<string, RmFolder>();
  private readonly projects = new Map<string, RmProject>();
  private readonly byNumber = new Map<string, RmProject>();
  private readonly childFolders = new Map<string, RmFolder[]>();
  private readonly childProjects = new Map<string, RmProject[]>();

  addOrganization(id: string, displayName = `org-${id}`): void {
    this.organizations.set(id, { id, displayName });
  }

  addFolder(folder: RmFolder): void {
    this.folders.set(folder.id, folder);
    push(this.childFolders, folder.parent, folder);
  }

  addProject(project: RmProject): void {
    this.remove(project.projectId);
    this.projects.set(project.projectId, project);
    this.byNumber.set(project.number, project);
    if (project.parent) push(this.childProjects, project.parent, project);
  }

  /** A project by id or number. */
  project(idOrNumber: string): RmProject | undefined {
    return this.projects.get(idOrNumber) ?? this.byNumber.get(idOrNumber);
  }

  /** Every project, in insertion order. */
  allProjects(): RmProject[] {
    return [...this.projects.values()];
  }

  /** True when `organizations/N` or `folders/N` exists. */
  hasParent(parent: string): boolean {
    const [type, id = ''] = parent.split('/');
    return type === 'organizations' ? this.organizations.has(id) : type === 'folders' && this.folders.has(id);
  }

  foldersUnder(parent: string): RmFolder[] {
    return this.childFolders.get(parent) ?? [];
  }

  projectsUnder(parent: string): RmProject[] {
    return this.childProjects.get(parent) ?? [];
  }

  /** Changes a project's state, parent, labels or enabled services (a new parent moves it). */
  update(
    projectId: string,
    patch: { state?: LifecycleState; parent?: string; labels?: Record<string, string>; services?: string[] },
  ): RmProject | undefined {
    const p = this.projects.get(projectId);
    if (!p) return undefined;
    const next: RmProject = {
      ...p,
      ...(patch.state !== undefined && { state: patch.state }),
      ...(patch.parent !== undefined && { parent: patch.parent }),
      ...(patch.labels !== undefined && { labels: { ...patch.labels } }),
      ...(patch.services !== undefined && { services: new Set(patch.services) }),
    };
    this.addProject(next);
    return next;
  }

  /** Removes a project entirely (purged: Resource Manager no longer knows it); true when it existed. */
  remove(projectId: string): boolean {
    const project = this.projects.get(projectId);
    if (!project) return false;
    this.projects.delete(projectId);
    this.byNumber.delete(project.number);
    if (project.parent) {
      const siblings = this.childProjects.get(project.parent) ?? [];
      this.childProjects.set(
        project.parent,
        siblings.filter((p) => p !== project),
      );
    }
    return true;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
