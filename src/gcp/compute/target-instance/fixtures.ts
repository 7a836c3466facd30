import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A target instance in us-central1-a sending to one VM. */
export const targetInstance: compute_v1.Schema$TargetInstance = {
  kind: 'compute#targetInstance',
  id: '5900000000000000001',
  name: 'game-target',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  zone: `${project}/zones/us-central1-a`,
  instance: `${project}/zones/us-central1-a/instances/game-1`,
  natPolicy: 'NO_NAT',
  selfLink: `${project}/zones/us-central1-a/targetInstances/game-target`,
};
