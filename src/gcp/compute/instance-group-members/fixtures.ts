import type { InstanceGroupMembers } from './convert.js';

const zone = 'https://www.googleapis.com/compute/v1/projects/fixture-project/zones/us-central1-a';

/** An unmanaged group of two instances, one stopped. */
export const groupMembers: InstanceGroupMembers = {
  id: '5960000000000000001',
  name: 'hand-built',
  zone,
  selfLink: `${zone}/instanceGroups/hand-built`,
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  instances: [
    { instance: `${zone}/instances/web-1`, status: 'RUNNING', namedPorts: [{ name: 'http', port: 80 }] },
    { instance: `${zone}/instances/web-2`, status: 'TERMINATED', namedPorts: [{ name: 'http', port: 80 }] },
  ],
};
