import type { InstanceTagBindings } from './convert.js';

const zone = 'https://www.googleapis.com/compute/v1/projects/fixture-project/zones/us-central1-a';
const parent =
  '//compute.googleapis.com/projects/fixture-project/zones/us-central1-a/instances/4000000000000000001';

/** An instance with two secure tags bound, as `tagBindings.list` gives them (Google's documented shape). */
export const tagBindings: InstanceTagBindings = {
  id: '4000000000000000001',
  name: 'vm-1',
  zone,
  selfLink: `${zone}/instances/vm-1`,
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  bindings: [
    {
      name: `tagBindings/${encodeURIComponent(parent)}/tagValues/222`,
      parent,
      tagValue: 'tagValues/222',
      tagValueNamespacedName: 'fixture-project/env/prod',
    },
    {
      name: `tagBindings/${encodeURIComponent(parent)}/tagValues/111`,
      parent,
      tagValue: 'tagValues/111',
      tagValueNamespacedName: '123456/role/web',
    },
  ],
};
