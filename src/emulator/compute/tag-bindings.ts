import type { compute_v1 } from '@googleapis/compute';
import { parseStored, type Estate } from '../estate.js';

/** A Resource Manager v3 TagBinding as `tagBindings.list` returns it. */
export interface TagBinding {
  name: string;
  parent: string;
  tagValue: string;
}

/**
 * The tag bindings of a Compute instance named by its full resource name
 * (`//compute.googleapis.com/projects/P/zones/Z/instances/ID`, P an id or number, ID the numeric id or the name):
 * one per secure tag value the instance holds in `params.resourceManagerTags`; undefined when there is no such
 * instance (Google then answers 403).
 */
export function instanceTagBindings(estate: Estate, parent: string): TagBinding[] | undefined {
  const m = /^\/\/compute\.googleapis\.com\/projects\/([^/]+)\/zones\/([^/]+)\/instances\/([^/]+)$/.exec(
    parent,
  );
  if (!m) return undefined;
  const [, ref = '', zone = '', instanceRef = ''] = m;
  const projectId = estate.hierarchy.project(ref)?.projectId ?? ref;
  const project = estate.project(projectId);
  const stored = project?.collections.instances
    .inScope(`zones/${zone}`)
    .find((r) => r.name === instanceRef || parseStored<compute_v1.Schema$Instance>(r).id === instanceRef);
  if (!stored) return undefined;
  const instance = parseStored<compute_v1.Schema$Instance>(stored);
  const values = [...new Set(Object.values(instance.params?.resourceManagerTags ?? {}))];
  return values.map((tagValue) => ({
    name: `tagBindings/${encodeURIComponent(parent)}/${tagValue}`,
    parent,
    tagValue,
  }));
}
