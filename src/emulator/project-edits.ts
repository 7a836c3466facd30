import type { compute_v1 } from '@googleapis/compute';
import { parseStored, storedJson, type ProjectState, type StoredResource } from './estate.js';
import { regionalCollectionOf, resourceTypes, type ResourceType } from './compute/resource-types.js';
import { scopeKey } from './compute/urls.js';

/** One change a mutation made, as reported by the control API. */
export interface MutationChange {
  op: 'create' | 'update' | 'delete' | 'recreate';
  project: string;
  type: ResourceType;
  name: string;
  scope: string;
}

/** Finds a resource by name, in `location` (zone or region name) when given, else in any scope. */
export function findResource(
  project: ProjectState,
  type: ResourceType,
  name: string,
  location?: string,
): StoredResource | undefined {
  const collection = project.collections[type];
  if (location === 'global') return collection.get('global', name);
  if (location)
    return (
      collection.get(scopeKey(resourceTypes[type].scope, location), name) ??
      (regionalCollectionOf(type) ? collection.get(scopeKey('region', location), name) : undefined)
    );
  return collection.all().find((r) => r.name === name);
}

/** Replaces a stored resource with a changed object (same scope and name). */
export function replaceResource(
  project: ProjectState,
  type: ResourceType,
  at: StoredResource,
  resource: object,
): void {
  project.collections[type].put({ name: at.name, scope: at.scope, json: storedJson(resource) });
}

/** Deletes an instance the way Compute does: its auto-delete disks go too, other disks drop it from `users`. */
export function deleteInstance(project: ProjectState, at: StoredResource): MutationChange[] {
  const instance = parseStored<compute_v1.Schema$Instance>(at);
  project.collections.instances.remove(at.scope, at.name);
  const changes: MutationChange[] = [
    { op: 'delete', project: project.id, type: 'instances', name: at.name, scope: at.scope },
  ];
  for (const attached of instance.disks ?? []) {
    const disk = project.collections.disks.all().find((d) => diskUrlMatches(d, attached.source));
    if (!disk) continue;
    if (attached.autoDelete) {
      project.collections.disks.remove(disk.scope, disk.name);
      changes.push({ op: 'delete', project: project.id, type: 'disks', name: disk.name, scope: disk.scope });
    } else {
      const d = parseStored<compute_v1.Schema$Disk>(disk);
      d.users = (d.users ?? []).filter((u) => u !== instance.selfLink);
      if (d.users.length === 0) delete d.users;
      replaceResource(project, 'disks', disk, d);
      changes.push({ op: 'update', project: project.id, type: 'disks', name: disk.name, scope: disk.scope });
    }
  }
  return changes;
}

function diskUrlMatches(disk: StoredResource, source: string | null | undefined): boolean {
  return !!source && source.endsWith(`/${disk.scope}/disks/${disk.name}`);
}

/** Keys that would reach an object's prototype instead of a field. */
export const reservedKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Sets dotted paths (`networkInterfaces.0.accessConfigs.0.natIP`) on an object; a null value deletes the field. */
export function setPaths(target: Record<string, unknown>, set: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(set)) {
    const keys = path.split('.');
    if (keys.some((k) => reservedKeys.has(k))) throw new Error(`Path '${path}' names a reserved key`);
    const last = keys.pop();
    if (last === undefined || last === '') throw new Error(`Empty path in set: '${path}'`);
    let cur: Record<string, unknown> = target;
    for (const [i, key] of keys.entries()) {
      const nextKey = keys[i + 1] ?? last;
      cur[key] ??= /^\d+$/.test(nextKey) ? [] : {};
      const child = cur[key];
      if (child === null || typeof child !== 'object')
        throw new Error(`Path '${path}' crosses the scalar field '${key}'`);
      cur = child as Record<string, unknown>;
    }
    if (value === null) {
      if (Array.isArray(cur)) cur.splice(Number(last), 1);
      else delete cur[last];
    } else cur[last] = value;
  }
}
