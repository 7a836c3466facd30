import { parseStored, scopeOf, type Estate } from './estate.js';
import { completeResource, type ResourceInput } from './compute/complete-resource.js';
import {
  deleteInstance,
  findResource,
  replaceResource,
  setPaths,
  type MutationChange,
} from './project-edits.js';
import type { Prng } from './prng.js';
import { isResourceType, type ResourceType } from './compute/resource-types.js';
import { rfc3339 } from './compute/values.js';

/** Names one existing resource; `location` (zone or region name) is needed only when the name is ambiguous. */
export interface ResourceRef {
  project: string;
  type: ResourceType;
  name: string;
  location?: string;
}

/**
 * An explicit mutation. `create` completes missing kind/id/selfLink/creationTimestamp; `update` sets
 * dotted paths (null deletes); `delete` of an instance also deletes its auto-delete disks; `recreate`
 * keeps the name and content but gives a new id and creation time.
 */
export type MutationOp =
  | { op: 'create'; project: string; type: ResourceType; resource: ResourceInput }
  | ({ op: 'update'; set: Record<string, unknown> } & ResourceRef)
  | ({ op: 'delete' } & ResourceRef)
  | ({ op: 'recreate' } & ResourceRef);

/** A mutation the caller got wrong (unknown project, type or resource); the control API answers 400. */
export class MutationError extends Error {}

/** Applies explicit operations in order; returns every change, including cascaded ones. */
export function applyOps(
  estate: Estate,
  ops: readonly MutationOp[],
  prng: Prng,
  nowMs: number,
): MutationChange[] {
  const changes: MutationChange[] = [];
  for (const op of ops) changes.push(...applyOp(estate, op, prng, nowMs));
  return changes;
}

function applyOp(estate: Estate, op: MutationOp, prng: Prng, nowMs: number): MutationChange[] {
  const project = estate.project(op.project) ?? estate.node(op.project);
  if (!project)
    throw new MutationError(`Unknown project, organization or folder '${op.project}' in ${op.op} mutation`);
  if (!isResourceType(op.type))
    throw new MutationError(`Unknown resource type '${String(op.type)}' in ${op.op} mutation`);
  const base = { project: op.project, type: op.type };
  if (op.op === 'create') {
    let resource;
    try {
      resource = completeResource(op.project, op.type, op.resource, prng, nowMs);
    } catch (err) {
      throw new MutationError((err as Error).message);
    }
    const scope = scopeOf(op.type, resource as { zone?: string; region?: string }, op.project);
    if (project.collections[op.type].get(scope, String(resource['name'])))
      throw new MutationError(
        `${op.type} '${String(resource['name'])}' already exists in ${op.project} ${scope}`,
      );
    project.putObject(op.type, resource);
    return [{ op: 'create', ...base, name: String(resource['name']), scope }];
  }
  const at = findResource(project, op.type, op.name, op.location);
  if (!at)
    throw new MutationError(
      `No ${op.type} named '${op.name}' in project ${op.project}${op.location ? ` ${op.location}` : ''}`,
    );
  const change = { ...base, name: at.name, scope: at.scope };
  if (op.op === 'delete') {
    if (op.type === 'instances') return deleteInstance(project, at);
    project.collections[op.type].remove(at.scope, at.name);
    return [{ op: 'delete', ...change }];
  }
  const resource = parseStored(at);
  if (op.op === 'update') {
    try {
      setPaths(resource, op.set);
    } catch (err) {
      throw new MutationError((err as Error).message);
    }
  } else {
    resource['id'] = prng.uint64String();
    resource['creationTimestamp'] = rfc3339(nowMs);
    if (typeof resource['selfLinkWithId'] === 'string')
      resource['selfLinkWithId'] = resource['selfLinkWithId'].replace(
        /\/[^/]+$/,
        `/${String(resource['id'])}`,
      );
    project.collections[op.type].remove(at.scope, at.name);
  }
  replaceResource(project, op.type, at, resource);
  return [{ op: op.op, ...change }];
}
