import { parseStored, storedJson, type StoredResource } from '../estate.js';
import { recordEffect, scopeOfZone, type ActiveFault } from '../faults.js';
import type { PageShape } from './list-page.js';
import { aggregatedListKind, listKind, resourceTypes, type ResourceType } from './resource-types.js';

/** The verb of a call a page fault reshapes. */
export type Verb = 'aggregatedList' | 'list' | 'get';

/** The page shape that the shaping faults fired on one call ask for; item effects are recorded on the faults. */
export function pageShape(
  faults: readonly ActiveFault[],
  project: string,
  method: string,
  type: ResourceType,
  verb: Verb,
): PageShape {
  const shape: PageShape = {};
  const warnings = new Map<string, object>();
  const corruptions: ((r: StoredResource) => Buffer | undefined)[] = [];
  for (const fault of faults) {
    if (fault.kind === 'emptyListing') shape.empty = true;
    else if (fault.kind === 'wrongKind') shape.kind = fault.servedKind ?? otherKind(type, verb);
    else if (fault.kind === 'scopeWarning') {
      const scope = scopeOfZone(fault.zone ?? '');
      warnings.set(scope, scopeWarning(scope, fault.warningCode ?? 'UNREACHABLE'));
    } else if (fault.kind === 'badItem') corruptions.push(corrupter(fault, project, method, type));
  }
  if (warnings.size) shape.warnings = warnings;
  if (corruptions.length)
    shape.item = (r) => {
      let json: Buffer | undefined;
      for (const corrupt of corruptions) json = corrupt(json ? { ...r, json } : r) ?? json;
      return json;
    };
  return shape;
}

/** Applies a get's shape to the resource it serves. */
export function shapeItem(resource: StoredResource, shape: PageShape): Buffer {
  const json = shape.item?.(resource) ?? resource.json;
  if (shape.kind === undefined) return json;
  return storedJson({ ...(JSON.parse(json.toString()) as object), kind: shape.kind });
}

/** Another type's kind of the same shape: instances are served as disks, every other type as instances. */
function otherKind(type: ResourceType, verb: Verb): string {
  const other: ResourceType = type === 'instances' ? 'disks' : 'instances';
  if (verb === 'aggregatedList') return aggregatedListKind(other);
  return verb === 'list' ? listKind(other) : resourceTypes[other].kind;
}

function scopeWarning(scope: string, code: string): object {
  const message =
    code === 'UNREACHABLE'
      ? `Scope '${scope}' is unreachable; its resources are not included.`
      : `Scope '${scope}' could not be listed completely (${code}).`;
  return { code, data: [{ key: 'scope', value: scope }], message };
}

/** Corrupts the named item, or the first item it sees (once per call), and records it on the fault. */
function corrupter(
  fault: ActiveFault,
  project: string,
  method: string,
  type: ResourceType,
): (r: StoredResource) => Buffer | undefined {
  let done = false;
  return (r) => {
    if (done || (fault.name !== undefined && fault.name !== r.name)) return undefined;
    done = true;
    recordEffect(fault, { project, method, corrupted: { scope: r.scope, name: r.name } });
    return corrupt(parseStored(r), fault, type);
  };
}

function corrupt(item: Record<string, unknown>, fault: ActiveFault, type: ResourceType): Buffer {
  switch (fault.variant ?? 'nulByte') {
    case 'nulByte': {
      const field = fault.field ?? 'description';
      const value = item[field];
      item[field] = `${typeof value === 'string' ? value : 'corrupt'}\u0000`;
      break;
    }
    case 'wrongType': {
      const field = fault.field ?? 'creationTimestamp';
      item[field] = typeof item[field] === 'string' || item[field] === undefined ? 12345 : 'x';
      break;
    }
    case 'missingId':
      delete item['id'];
      break;
    case 'huge': {
      const value = 'x'.repeat(fault.sizeBytes ?? 10 * 1024 * 1024);
      if (type === 'instances') {
        const metadata = (item['metadata'] ??= { kind: 'compute#metadata' }) as { items?: object[] };
        (metadata.items ??= []).push({ key: 'hotpot-huge', value });
      } else item['description'] = value;
      break;
    }
  }
  return storedJson(item);
}
