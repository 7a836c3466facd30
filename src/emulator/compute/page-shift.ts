import { parseStored, storedJson, type ProjectState, type StoredResource } from '../estate.js';
import { recordEffect, type ActiveFault, type FaultEffect } from '../faults.js';
import { listingPool, pageOffset, type ListParams } from './list-page.js';
import { derivePrng } from '../prng.js';
import { deleteInstance } from '../project-edits.js';
import { globalTwinOf, type ResourceType } from './resource-types.js';

/**
 * `shiftBetweenPages`: before a later page of a listing is served, deletes a resource an earlier page already
 * served (the named one, else the first) and/or inserts a new one ahead of the served part, so the offset
 * the page token carries now skips (or repeats) a resource. The estate really changes; the fault records
 * what was deleted, created, skipped and repeated.
 */
export function shiftBeforePage(
  fault: ActiveFault,
  project: ProjectState,
  type: ResourceType,
  scope: string | undefined,
  params: ListParams,
  unreachable: ReadonlySet<string>,
  method: string,
): void {
  const offset = pageOffset(params);
  const before = listingPool(project, type, scope, params, unreachable);
  const served = before.slice(0, offset);
  const effect: FaultEffect = { project: project.id, method };
  const first = served[0];
  if (first) {
    if (fault.create) {
      const name = `${first.name}-shift-${fault.id}-${fault.fired}`;
      const id = derivePrng(`${project.id}/${name}`, 'shift').uint64String();
      effect.created = target(insertCopyBefore(project, type, first, name, id));
    }
    const victim = fault.keep ? undefined : fault.name ? served.find((r) => r.name === fault.name) : first;
    if (victim) {
      if (type === 'instances') deleteInstance(project, victim);
      else project.collections[ownerOf(type, victim)].remove(victim.scope, victim.name);
      effect.deleted = target(victim);
    }
  }
  const after = listingPool(project, type, scope, params, unreachable);
  const key = (r: StoredResource) => `${r.scope}/${r.name}`;
  const servedKeys = new Set(served.map(key));
  const createdKey = effect.created && `${effect.created.scope}/${effect.created.name}`;
  const skipped = after.slice(0, offset).find((r) => !servedKeys.has(key(r)) && key(r) !== createdKey);
  const repeated = after[offset];
  if (skipped) effect.skipped = target(skipped);
  if (repeated && servedKeys.has(key(repeated))) effect.repeated = target(repeated);
  recordEffect(fault, effect);
}

function target(r: StoredResource): { scope: string; name: string } {
  return { scope: r.scope, name: r.name };
}

/** Inserts a copy of `template` named `name` with a new id into `project`, just before `template` in its scope. */
function insertCopyBefore(
  project: ProjectState,
  type: ResourceType,
  template: StoredResource,
  name: string,
  id: string,
): StoredResource {
  const item = parseStored(template);
  item['name'] = name;
  item['id'] = id;
  if (typeof item['selfLink'] === 'string') item['selfLink'] = item['selfLink'].replace(/[^/]+$/, name);
  delete item['selfLinkWithId'];
  const created: StoredResource = { name, scope: template.scope, json: storedJson(item) };
  project.collections[ownerOf(type, template)].insertBefore(created, template.name);
  return created;
}

/** The type whose collection holds a listed resource: the global twin's for an aggregatedList's `global` scope. */
function ownerOf(type: ResourceType, r: StoredResource): ResourceType {
  const twin = globalTwinOf(type);
  return twin && r.scope === 'global' ? twin : type;
}
