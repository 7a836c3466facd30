import type { EstateCounts } from '../emulator/generate-estate.js';

/**
 * Per-project generator counts of every Compute type in proportions seen in real estates, around `instances`
 * VMs (each with its boot disk, no other disks) and `networks` VPCs: per 100 VMs about one address, one
 * template and one unmanaged group, ten snapshots; per network eight firewall rules; per region a subnetwork
 * per network, a router, VPN and interconnect; a few load balancers, images and policies. At 2,000 VMs and 5
 * networks that is ~10% on top of the 4,005 instances, disks and networks, which stay exactly as before.
 */
export function benchEstateCounts(instances: number, networks: number): EstateCounts {
  const per = (n: number, min = 1) => Math.max(min, Math.round(instances / n));
  return {
    instances,
    disks: 0,
    networks,
    instanceGroupsPerZone: per(400),
    subnetworksPerRegion: 1,
    firewallsPerNetwork: 8,
    addressesPerRegion: per(300),
    globalAddresses: 2,
    routersPerRegion: 1,
    instanceTemplates: per(100),
    instanceGroupManagersPerZone: per(700),
    regionalInstanceGroupManagersPerRegion: 2,
    images: per(200, 3),
    snapshots: per(10),
    machineImages: per(500),
    resourcePoliciesPerRegion: 2,
    vpnGatewaysPerRegion: 1,
    vpnTunnelsPerGateway: 2,
    interconnectAttachmentsPerRegion: 1,
    loadBalancersPerRegion: per(700),
    globalLoadBalancers: per(1000),
  };
}
