import type { compute_v1 } from '@googleapis/compute';
import { lastSegment, requireIdentity } from '../identity.js';

/**
 * A zonal instance group's member list as Hotpot stores it: the group's identity (id, name, zone, selfLink)
 * and the `instanceGroups.listInstances` items, verbatim.
 */
export interface InstanceGroupMembers {
  id?: string | null;
  name?: string | null;
  zone?: string | null;
  selfLink?: string | null;
  creationTimestamp?: string | null;
  instances: compute_v1.Schema$InstanceWithNamedPorts[];
}

/** Pure: a group's member list → its typed row (one row per group; `instances` are instance URLs). */
export function convertInstanceGroupMembers(item: InstanceGroupMembers) {
  return {
    ...requireIdentity('instance group member list', item),
    location: lastSegment(item.zone) ?? 'unknown',
    creation_timestamp: item.creationTimestamp,
    instance_group: item.selfLink,
    instances: item.instances.map((i) => i.instance).filter((u): u is string => !!u),
    size: item.instances.length,
  };
}
