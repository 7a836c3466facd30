import { readFileSync } from 'node:fs';
import { completeResource, type ResourceInput } from './compute/complete-resource.js';
import { Estate, ProjectState } from './estate.js';
import { checkGenerate } from './generate-bounds.js';
import { generateEstate, type GeneratorOptions } from './generate-estate.js';
import { makeProject } from './compute/generate-project.js';
import {
  checkNetworkPolicies,
  declaredNodePolicies,
  PolicyDeclarationError,
} from './compute/estate-policies.js';
import { derivePrng } from './prng.js';
import { allResourceTypes, isResourceType } from './compute/resource-types.js';
import {
  hierarchyFromDocument,
  HierarchyError,
  type FolderSpec,
  type OrganizationSpec,
  type ProjectHierarchySpec,
} from './resource-manager/hierarchy-document.js';
import { lastSegment } from './compute/urls.js';
import { emptyServices, type ProjectServices } from './services/service-objects.js';

/**
 * One project of an estate file; resources are API objects keyed by resource type. Resource Manager fields
 * (parent, lifecycleState, labels, services) alone leave a generated project's resources in place.
 */
export interface EstateFileProject extends ProjectHierarchySpec {
  id: string;
  zones?: string[];
  forbidden?: boolean;
  resources?: Partial<Record<string, ResourceInput[]>>;
  /**
   * Its GKE, Cloud SQL, Storage and IAM objects exactly as their APIs return them (served when `services` enables
   * the API): `clusters` (with `nodePools`), `sqlInstances`, `buckets`, `bucketPolicies` (by bucket name),
   * `serviceAccounts`, `keys` (by email), `projectPolicy`.
   */
  serviceObjects?: Partial<ProjectServices>;
}

/** The estate file format (see docs/emulator.md): optional generated projects, then explicit ones. */
export interface EstateFile {
  seed?: number | string;
  generate?: GeneratorOptions;
  /** Organizations with nested folders, for Resource Manager (docs/discovery.md). */
  organizations?: OrganizationSpec[];
  projects?: EstateFileProject[];
}

/** The estate file is unreadable or describes something impossible; the message names the place. */
export class EstateFileError extends Error {}

/** Reads and builds an estate file. */
export function loadEstateFile(path: string): Estate {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new EstateFileError(`Cannot read estate file ${path}: ${(err as Error).message}`);
  }
  return estateFromDocument(doc, path);
}

/** Builds an estate from a parsed estate document; explicit projects with resources replace generated ones of the same id. */
export function estateFromDocument(doc: unknown, where = 'estate'): Estate {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    throw new EstateFileError(`${where}: expected a JSON object with "projects" and/or "generate"`);
  const file = doc as EstateFile;
  if (file.generate !== undefined)
    try {
      checkGenerate(file.generate, where);
    } catch (err) {
      throw new EstateFileError((err as Error).message);
    }
  const seed = file.seed ?? file.generate?.seed ?? 1;
  const generated = file.generate ? generateEstate({ ...file.generate, seed }) : new Estate(seed);
  const estate = new Estate(seed);
  if (file.projects !== undefined && !Array.isArray(file.projects))
    throw new EstateFileError(`${where}: "projects" must be an array of projects`);
  const explicit = new Map<string, EstateFileProject>();
  (file.projects ?? []).forEach((p, i) => {
    const id = checkProject(p, `${where}: projects[${i}]`).id;
    if (explicit.has(id))
      throw new EstateFileError(`${where}: projects[${i}]: project id '${id}' appears twice`);
    explicit.set(id, p);
  });
  const generatedIds = new Set(generated.projectIds());
  const keepsGenerated = (p: EstateFileProject) =>
    generatedIds.has(p.id) &&
    p.resources === undefined &&
    p.zones === undefined &&
    p.forbidden === undefined &&
    p.serviceObjects === undefined;
  for (const id of generatedIds)
    if (!explicit.has(id) || keepsGenerated(explicit.get(id)!))
      estate.add(id, () => generated.project(id) as ProjectState);
  explicit.forEach((p, id) => {
    if (!keepsGenerated(p)) estate.add(id, buildProject(p, seed, `${where}: project ${id}`));
  });
  try {
    estate.hierarchy = hierarchyFromDocument(file, estate.projectIds(), where);
    declarePolicies(estate, file.organizations ?? [], where);
  } catch (err) {
    if (err instanceof HierarchyError || err instanceof PolicyDeclarationError)
      throw new EstateFileError(err.message);
    throw err;
  }
  return estate;
}

/** Records the hierarchical firewall policies organizations and folders declare (checked as Google would). */
function declarePolicies(estate: Estate, organizations: OrganizationSpec[], where: string): void {
  const isNode = (id: string) => estate.nodeIds().includes(id);
  const taken = new Map<string, string>();
  const visit = (node: string, spec: OrganizationSpec | FolderSpec, at: string) => {
    if (spec.firewallPolicies !== undefined)
      estate.declaredPolicies.set(node, declaredNodePolicies(node, spec.firewallPolicies, at, isNode, taken));
    (spec.folders ?? []).forEach((f, i) => visit(`folders/${f.id}`, f, `${at}.folders[${i}]`));
  };
  organizations.forEach((o, i) => visit(`organizations/${o.id}`, o, `${where}: organizations[${i}]`));
}

function checkProject(p: EstateFileProject, where: string): EstateFileProject {
  if (p === null || typeof p !== 'object' || typeof p.id !== 'string' || p.id === '')
    throw new EstateFileError(`${where}: a project needs a string "id"`);
  return p;
}

/**
 * An unmanaged group's `members` (instance names in its zone; not an API field) become what
 * `instanceGroups.listInstances` serves, and its `size` unless given; the rest is the group as written.
 */
function withMembers(project: ProjectState, input: ResourceInput): ResourceInput {
  const { members, ...group } = input;
  if (members === undefined) return input;
  if (!Array.isArray(members) || !members.every((m): m is string => typeof m === 'string' && m !== ''))
    throw new Error(`members of instance group '${String(input.name)}' must be a list of instance names`);
  if (typeof group.zone !== 'string')
    throw new Error(`instance group '${String(input.name)}' with members needs a zone`);
  project.groupMembers.set(`zones/${lastSegment(group.zone)}/${String(group.name)}`, members);
  return { size: members.length, ...group };
}

function buildProject(p: EstateFileProject, seed: number | string, where: string): ProjectState {
  for (const [type, list] of Object.entries(p.resources ?? {}))
    if (Array.isArray(list))
      list.forEach((r: unknown, i) => {
        if (r === null || typeof r !== 'object' || Array.isArray(r))
          throw new EstateFileError(
            `${where}: resources.${type}[${i}] must be an API object, got ${JSON.stringify(r)}`,
          );
      });
  const zones = new Set(p.zones ?? []);
  for (const r of [
    ...(p.resources?.['instances'] ?? []),
    ...(p.resources?.['disks'] ?? []),
    ...(p.resources?.['instanceGroups'] ?? []),
    ...(p.resources?.['instanceGroupManagers'] ?? []),
    ...(p.resources?.['networkEndpointGroups'] ?? []),
  ]) {
    if (typeof r.zone === 'string') zones.add(lastSegment(r.zone));
  }
  const project = new ProjectState(p.id, [...zones], p.forbidden ?? false);
  const prng = derivePrng(seed, 'estate-file', p.id);
  const nowMs = Date.UTC(2024, 0, 1);
  for (const [type, list] of Object.entries(p.resources ?? {})) {
    if (!isResourceType(type))
      throw new EstateFileError(
        `${where}: unknown resource type '${type}'; expected one of ${allResourceTypes.join(', ')}`,
      );
    if (!Array.isArray(list))
      throw new EstateFileError(`${where}: resources.${type} must be an array of API objects`);
    list.forEach((given, i) => {
      try {
        const input = type === 'instanceGroups' ? withMembers(project, given) : given;
        project.putObject(type, completeResource(p.id, type, input, prng, nowMs));
      } catch (err) {
        throw new EstateFileError(`${where}: resources.${type}[${i}]: ${(err as Error).message}`);
      }
    });
  }
  if (p.serviceObjects !== undefined) {
    if (p.serviceObjects === null || typeof p.serviceObjects !== 'object' || Array.isArray(p.serviceObjects))
      throw new EstateFileError(`${where}: serviceObjects must be an object of service API objects`);
    project.services = { ...emptyServices(), ...p.serviceObjects };
  }
  try {
    checkNetworkPolicies(project, where);
  } catch (err) {
    if (err instanceof PolicyDeclarationError) throw new EstateFileError(err.message);
    throw err;
  }
  if (project.collections.projects.size === 0) {
    const own = derivePrng(seed, 'estate-file-project', p.id);
    project.putObject(
      'projects',
      makeProject(p.id, String(100_000_000_000 + own.int(0, 899_999_999_999)), own),
    );
  }
  return project;
}
