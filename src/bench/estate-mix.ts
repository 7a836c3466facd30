import type { EstateCounts } from '../emulator/generate-estate.js';
import type { ServiceCounts } from '../emulator/services/generate-services.js';

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

/**
 * Per-project counts of the services beyond Compute for the bench's estate with services: a few GKE clusters
 * (two pools of three nodes each, the nodes Compute instances on top of the VMs), Cloud SQL instances with
 * their databases and users, buckets, service accounts with user-managed keys, Cloud Run services and jobs, the
 * proportions of a project that runs a product on 2,000 VMs; a little less on small estates.
 */
export function benchServiceCounts(instances: number): ServiceCounts {
  const few = (n: number) => Math.max(1, Math.round(n * Math.min(1, Math.sqrt(instances / 2000))));
  return {
    gkeClusters: few(3),
    nodePoolsPerCluster: 2,
    nodesPerPool: 3,
    sqlInstances: few(4),
    sqlDatabasesPerInstance: 3,
    sqlUsersPerInstance: 3,
    buckets: few(25),
    serviceAccounts: few(15),
    keysPerAccount: 2,
    runServices: few(10),
    runJobs: few(4),
  };
}
