import type { compute_v1 } from '@googleapis/compute';

const project = 'https://www.googleapis.com/compute/v1/projects/fixture-project';

/** A packet mirroring policy copying one subnetwork and tagged VMs to an internal load balancer. */
export const packetMirroring: compute_v1.Schema$PacketMirroring = {
  kind: 'compute#packetMirroring',
  id: '5940000000000000001',
  name: 'ids-mirror',
  creationTimestamp: '2024-03-01T10:00:00.000-08:00',
  region: `${project}/regions/us-central1`,
  network: { url: `${project}/global/networks/default` },
  priority: 1000,
  collectorIlb: { url: `${project}/regions/us-central1/forwardingRules/ids-collector` },
  mirroredResources: {
    subnetworks: [{ url: `${project}/regions/us-central1/subnetworks/web` }],
    instances: [],
    tags: ['mirror-me'],
  },
  filter: { IPProtocols: ['tcp'], cidrRanges: ['0.0.0.0/0'], direction: 'BOTH' },
  enable: 'TRUE',
  selfLink: `${project}/regions/us-central1/packetMirrorings/ids-mirror`,
};
