import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertInstanceTagBindings, type InstanceTagBindings } from './convert.js';
import { getInstanceTagBindings, listInstanceTagBindings } from './list.js';

/**
 * Secure tags bound to instances (Resource Manager v3 `tagBindings.list` per instance): one row per instance, its
 * tag value ids; the source of the secure tags firewall policy rules match.
 */
export const instanceTagBindingsResource: ComputeResource<InstanceTagBindings> = {
  ...computeKind('instanceTagBindings'),
  columns: { instance: 'text', tag_values: 'text[]', tag_value_names: 'text[]' },
  listColumns: ['tag_values', 'tag_value_names'],
  list: listInstanceTagBindings,
  get: (client, ctx, ref) => getInstanceTagBindings(client, ctx, ref),
  convert: convertInstanceTagBindings,
  identify: identifyBy('instance tag bindings'),
};
