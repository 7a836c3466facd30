import {
  allResourceTypes,
  isAlsoGlobal,
  regionalCollectionOf,
  resourceTypes,
  type ResourceType,
} from './compute/resource-types.js';
import { lastSegment, regionOfZone, scopeKey } from './compute/urls.js';
import { Hierarchy } from './resource-manager/hierarchy.js';
import { generateNodePolicies } from './compute/generate-firewall-policies.js';
import type { ProjectServices } from './services/service-objects.js';

/** One stored resource: kept as its UTF-8 JSON (off the JS heap) so pages are served by concatenation. */
export interface StoredResource {
  readonly name: string;
  /** `zones/<zone>`, `regions/<region>` or `global`. */
  readonly scope: string;
  readonly json: Buffer;
}

/** Serializes an API object for storage. */
export function storedJson(resource: object): Buffer {
  return Buffer.from(JSON.stringify(resource));
}

/** Parses a stored resource back into its API object (a fresh copy the caller may change). */
export function parseStored<T = Record<string, unknown>>(resource: StoredResource): T {
  return JSON.parse(resource.json.toString()) as T;
}

/** Prior states of what changed while a journal is open: collection → `<scope>/<name>` → the object or null. */
export type Journal = Map<ResourceCollection, Map<string, StoredResource | null>>;
let openJournal: Journal | undefined;

/** Runs `fn` recording the state each resource had before its first change in it (a feed's prior asset). */
export function withJournal<R>(fn: () => R): { result: R; journal: Journal } {
  const journal: Journal = new Map();
  openJournal = journal;
  try {
    return { result: fn(), journal };
  } finally {
    openJournal = undefined;
  }
}

/** The resources of one type in one project, grouped by scope in a stable order. */
export class ResourceCollection {
  private readonly scopes = new Map<string, Map<string, StoredResource>>();
  private flat: StoredResource[] | undefined;
  /** Values derived from one scope's resources (scope → derivation → value), dropped when the scope changes. */
  private readonly derivedValues = new Map<string, Map<string, unknown>>();

  constructor(scopeKeys: readonly string[]) {
    for (const key of scopeKeys) this.scopes.set(key, new Map());
  }

  /** Scope keys in order, including empty ones. */
  scopeKeys(): string[] {
    return [...this.scopes.keys()];
  }

  /** Adds or replaces a resource (a replaced one keeps its position). */
  put(resource: StoredResource): void {
    this.record(resource.scope, resource.name);
    let scope = this.scopes.get(resource.scope);
    if (!scope) {
      scope = new Map();
      this.scopes.set(resource.scope, scope);
    }
    scope.set(resource.name, resource);
    this.changed(resource.scope);
  }

  /** Adds a resource just before `beforeName` in its scope (at the scope's end when that name is absent). */
  insertBefore(resource: StoredResource, beforeName: string): void {
    const scope = this.scopes.get(resource.scope);
    if (!scope?.has(beforeName)) return this.put(resource);
    this.record(resource.scope, resource.name);
    const entries = [...scope];
    scope.clear();
    for (const [name, r] of entries) {
      if (name === beforeName) scope.set(resource.name, resource);
      if (name !== resource.name) scope.set(name, r);
    }
    this.changed(resource.scope);
  }

  /** Removes a resource; true when it existed. */
  remove(scope: string, name: string): boolean {
    this.record(scope, name);
    const removed = this.scopes.get(scope)?.delete(name) ?? false;
    if (removed) this.changed(scope);
    return removed;
  }

  get(scope: string, name: string): StoredResource | undefined {
    return this.scopes.get(scope)?.get(name);
  }

  /** The resource of a scope whose object `id` is `id` (Resource Manager names instances by it); indexed, not scanned. */
  byId(scope: string, id: string): StoredResource | undefined {
    const index = this.derived(scope, 'id', (resources) => {
      const ids = new Map<string, string>();
      for (const r of resources) {
        const own = parseStored<{ id?: unknown }>(r).id;
        if (typeof own === 'string') ids.set(own, r.name);
      }
      return ids;
    });
    const name = index.get(id);
    return name === undefined ? undefined : this.get(scope, name);
  }

  /** A value `derive` computes from one scope's resources, once until that scope changes (`key` names it). */
  derived<T>(scope: string, key: string, derive: (resources: StoredResource[]) => T): T {
    let values = this.derivedValues.get(scope);
    if (!values) this.derivedValues.set(scope, (values = new Map<string, unknown>()));
    if (!values.has(key)) values.set(key, derive(this.inScope(scope)));
    return values.get(key) as T;
  }

  private changed(scope: string): void {
    this.flat = undefined;
    this.derivedValues.delete(scope);
  }

  private record(scope: string, name: string): void {
    if (!openJournal) return;
    let mine = openJournal.get(this);
    if (!mine) openJournal.set(this, (mine = new Map<string, StoredResource | null>()));
    const key = `${scope}/${name}`;
    if (!mine.has(key)) mine.set(key, this.get(scope, name) ?? null);
  }

  /** The resources of one scope in order. */
  inScope(scope: string): StoredResource[] {
    return [...(this.scopes.get(scope)?.values() ?? [])];
  }

  /** Every resource, scope by scope; cached until the next change. */
  all(): readonly StoredResource[] {
    this.flat ??= [...this.scopes.values()].flatMap((scope) => [...scope.values()]);
    return this.flat;
  }

  get size(): number {
    return this.all().length;
  }
}

/** One project of the estate: its locations and a collection per resource type. */
export class ProjectState {
  readonly regions: string[];
  readonly collections: Record<ResourceType, ResourceCollection>;
  /** Unmanaged instance groups' members: `zones/<z>/<group>` → instance names (see group-members.ts). */
  readonly groupMembers = new Map<string, string[]>();
  /** Secure tag values' namespaced names (`tagValues/N` → `project/key/value`), when the estate knows them. */
  readonly secureTagNames = new Map<string, string>();
  /** Its GKE, Cloud SQL, Storage and IAM objects (served when the hierarchy enables those services). */
  services: ProjectServices | undefined;

  constructor(
    readonly id: string,
    readonly zones: string[],
    /** A forbidden project answers 403 to every call, as one the caller lacks permission on. */
    readonly forbidden = false,
  ) {
    this.regions = [...new Set(zones.map(regionOfZone))];
    const collections = {} as Record<ResourceType, ResourceCollection>;
    for (const type of allResourceTypes) {
      const scope = resourceTypes[type].scope;
      const locations = scope === 'zone' ? zones : scope === 'region' ? this.regions : ['global'];
      const keys = locations.map((l) => scopeKey(scope, l));
      collections[type] = new ResourceCollection(isAlsoGlobal(type) ? ['global', ...keys] : keys);
    }
    this.collections = collections;
  }

  /** Stores an API object of `type`, deriving its scope from its `zone`/`region` field. */
  putObject<T extends { name?: string | null; zone?: string | null; region?: string | null }>(
    type: ResourceType,
    resource: T,
  ): void {
    const name = resource.name;
    if (!name) throw new Error(`A ${type} resource in project ${this.id} has no name`);
    this.collections[type].put({ name, scope: scopeOf(type, resource, this.id), json: storedJson(resource) });
  }
}

/** The scope key of an API object of `type` from its `zone`/`region` field. */
export function scopeOf(
  type: ResourceType,
  resource: { zone?: string | null; region?: string | null },
  project: string,
): string {
  const scope = resourceTypes[type].scope;
  if (scope !== 'region' && !resource.zone && resource.region && regionalCollectionOf(type))
    return scopeKey('region', lastSegment(resource.region));
  if (scope === 'global' || (!resource.zone && !resource.region && isAlsoGlobal(type))) return 'global';
  const location = scope === 'zone' ? resource.zone : resource.region;
  if (!location) throw new Error(`A ${type} resource in project ${project} has no ${scope}`);
  return scopeKey(scope, lastSegment(location));
}

/** The whole estate: projects in order (generated lazily on first use), plus the seed that drives mutations and fault dice. */
export class Estate {
  private readonly entries = new Map<string, ProjectState | (() => ProjectState)>();
  private rm: Hierarchy | undefined;

  constructor(readonly seed: number | string) {}

  /** Organizations, folders and projects for Resource Manager / Service Usage; by default every project, parentless. */
  get hierarchy(): Hierarchy {
    return (this.rm ??= Hierarchy.ofProjects(this.projectIds()));
  }

  set hierarchy(h: Hierarchy) {
    this.rm = h;
    this.nodes.clear();
  }

  private readonly nodes = new Map<string, ProjectState | null>();

  /**
   * Hierarchical policies an estate file declares per node. Once any node declares some (even `[]`), nodes
   * absent here have none; with no declaration at all every node gets the generated ones.
   */
  readonly declaredPolicies = new Map<string, object[]>();

  /**
   * An organization or folder of the hierarchy (`organizations/N`, `folders/N`) as a scope holding its
   * hierarchical firewall policies (served by `firewallPolicies.list?parentId=`); undefined for an unknown node.
   */
  node(id: string): ProjectState | undefined {
    let node = this.nodes.get(id);
    if (node === undefined) {
      const [kind, n = ''] = id.split('/');
      const known =
        (kind === 'organizations' && this.hierarchy.organizations.has(n)) ||
        (kind === 'folders' && this.hierarchy.folders.has(n));
      node = known ? new ProjectState(id, []) : null;
      if (node)
        for (const p of this.declaredPolicies.size
          ? (this.declaredPolicies.get(id) ?? [])
          : generateNodePolicies(this.hierarchy, id))
          node.putObject('firewallPolicies', p);
      this.nodes.set(id, node);
    }
    return node ?? undefined;
  }

  /** Every node of the hierarchy, organizations first. */
  nodeIds(): string[] {
    return [
      ...[...this.hierarchy.organizations.keys()].map((o) => `organizations/${o}`),
      ...[...this.hierarchy.folders.keys()].map((f) => `folders/${f}`),
    ];
  }

  /** Adds a project, or a factory that builds it on first use (so large estates start instantly). */
  add(id: string, project: ProjectState | (() => ProjectState)): void {
    this.entries.set(id, project);
  }

  /** Project ids in order. */
  projectIds(): string[] {
    return [...this.entries.keys()];
  }

  /** The project, built now if it was deferred; undefined when the estate has no such project. */
  project(id: string): ProjectState | undefined {
    const entry = this.entries.get(id);
    if (typeof entry !== 'function') return entry;
    const built = entry();
    this.entries.set(id, built);
    return built;
  }

  /** Builds one deferred project; false when none is left. Used to warm up in idle time. */
  buildNextDeferred(): boolean {
    for (const [id, entry] of this.entries) {
      if (typeof entry === 'function') {
        this.project(id);
        return true;
      }
    }
    return false;
  }

  /** Total resources across projects and types (builds every project). */
  resourceCount(): number {
    let n = 0;
    for (const id of this.entries.keys())
      for (const c of Object.values(this.project(id)?.collections ?? {})) n += c.size;
    return n;
  }
}
