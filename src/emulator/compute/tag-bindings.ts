import type { compute_v1 } from '@googleapis/compute';
import { parseStored, type Estate, type ProjectState } from '../estate.js';
import { boundTagValues } from './generate-secure-tags.js';

/** A Resource Manager v3 TagBinding as `tagBindings.list` returns it. */
export interface TagBinding {
  name: string;
  parent: string;
  tagValue: string;
  tagValueNamespacedName?: string;
}

/** An instance's bindings as Hotpot stores them (the ground truth of `instanceTagBindings`). */
export interface InstanceTagBindingList {
  id?: string | null;
  name?: string | null;
  zone?: string | null;
  selfLink?: string | null;
  creationTimestamp?: string | null;
  bindings: TagBinding[];
}

function bindingsOf(project: ProjectState, tagValues: readonly string[], parent: string): TagBinding[] {
  return tagValues.map((tagValue) => {
    const named = project.secureTagNames.get(tagValue);
    return {
      name: `tagBindings/${encodeURIComponent(parent)}/${tagValue}`,
      parent,
      tagValue,
      ...(named !== undefined && { tagValueNamespacedName: named }),
    };
  });
}

/**
 * The tag bindings of a Compute instance named by its full resource name
 * (`//compute.googleapis.com/projects/P/zones/Z/instances/ID`, P an id or number, ID the numeric id or the name):
 * one per secure tag value the instance holds in `params.resourceManagerTags`; undefined when there is no such
 * instance (Google then answers 403).
 */
export function instanceTagBindings(estate: Estate, parent: string): TagBinding[] | undefined {
  const m = /^\/\/compute\.googleapis\.com\/projects\/([^/]+)\/zones\/([^/]+)\/instances\/(.+)$/.exec(parent);
  if (!m) return undefined;
  const [, ref = '', zone = '', instanceRef = ''] = m;
  const projectId = estate.hierarchy.project(ref)?.projectId ?? ref;
  const project = estate.project(projectId);
  const instances = project?.collections.instances;
  const scope = `zones/${zone}`;
  const stored = instances?.get(scope, instanceRef) ?? instances?.byId(scope, instanceRef);
  if (!project || !instances || !stored) return undefined;
  const bound = instances.derived(scope, 'secure-tag-values', (resources) => {
    const values = new Map<string, string[]>();
    for (const r of resources) values.set(r.name, boundTagValues(parseStored<compute_v1.Schema$Instance>(r)));
    return values;
  });
  return bindingsOf(project, bound.get(stored.name) ?? [], parent);
}

/** Every instance's bindings, listed by its numeric id as Hotpot lists them. */
export function instanceTagBindingLists(project: ProjectState): InstanceTagBindingList[] {
  return project.collections.instances.all().map((stored) => {
    const instance = parseStored<compute_v1.Schema$Instance>(stored);
    const { id, name, zone, selfLink, creationTimestamp } = instance;
    const at = `//compute.googleapis.com/projects/${project.id}/zones/${stored.scope.slice('zones/'.length)}/instances/${id ?? ''}`;
    const bindings = bindingsOf(project, boundTagValues(instance), at);
    return { id, name, zone, selfLink, creationTimestamp, bindings };
  });
}
