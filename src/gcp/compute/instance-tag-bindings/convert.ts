import type { cloudresourcemanager_v3 } from '@googleapis/cloudresourcemanager';
import { lastSegment, requireIdentity } from '../identity.js';

/** A Resource Manager v3 TagBinding, verbatim as `tagBindings.list` returns it. */
export type TagBinding = cloudresourcemanager_v3.Schema$TagBinding;

/**
 * An instance's secure tags as Hotpot stores them: the instance's identity (id, name, zone, selfLink) and the
 * TagBindings listed on it (`tagBindings.list?parent=//compute.googleapis.com/…/instances/ID`), verbatim.
 */
export interface InstanceTagBindings {
  id?: string | null;
  name?: string | null;
  zone?: string | null;
  selfLink?: string | null;
  creationTimestamp?: string | null;
  bindings: TagBinding[];
}

/** Pure: an instance's bindings → its row (one row per instance; `tag_values` are `tagValues/N`, sorted). */
export function convertInstanceTagBindings(item: InstanceTagBindings) {
  const values = item.bindings.map((b) => b.tagValue).filter((v): v is string => !!v);
  const names = item.bindings.map((b) => b.tagValueNamespacedName).filter((v): v is string => !!v);
  return {
    ...requireIdentity('instance tag bindings', item),
    location: lastSegment(item.zone) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    instance: item.selfLink,
    tag_values: [...new Set(values)].sort(),
    tag_value_names: [...new Set(names)].sort(),
  };
}
