import type { compute_v1 } from '@googleapis/compute';
import type { container_v1 } from '@googleapis/container';
import type { NetworkSide, ProjectContext } from '../compute/generate-network.js';
import { makeInstance } from '../compute/generate-compute.js';
import type { Prng } from '../prng.js';
import { regionOfZone, zoneUrl } from '../compute/urls.js';
import { defaultServiceAccount, publicIp } from '../compute/values.js';
import { generateIdentity } from './generate-identity.js';
import { generateSqlInstances, generateBuckets, generateSqlChildren } from './generate-data.js';
import { generateRun } from './generate-run.js';
import { emptyServices, type ProjectServices } from './service-objects.js';

/** Per-project counts of the services beyond Compute in a generated estate. */
export interface ServiceCounts {
  gkeClusters: number;
  nodePoolsPerCluster: number;
  nodesPerPool: number;
  sqlInstances: number;
  buckets: number;
  serviceAccounts: number;
  keysPerAccount: number;
  sqlDatabasesPerInstance: number;
  sqlUsersPerInstance: number;
  runServices: number;
  runJobs: number;
}

/** Defaults: every setting exposure and findings read appears somewhere in a few projects. */
export const defaultServiceCounts: ServiceCounts = {
  gkeClusters: 1,
  nodePoolsPerCluster: 2,
  nodesPerPool: 1,
  sqlInstances: 2,
  buckets: 3,
  serviceAccounts: 2,
  keysPerAccount: 2,
  sqlDatabasesPerInstance: 2,
  sqlUsersPerInstance: 2,
  runServices: 2,
  runJobs: 1,
};

const gkeVersions = ['1.30.5-gke.1014001', '1.31.1-gke.1678000', '1.29.9-gke.1177000'];

/**
 * A project's GKE, Cloud SQL, Storage, IAM and Cloud Run objects, consistent with its Compute side: GKE nodes are Compute
 * instances (emitted) of the node pools' instance groups, clusters and Cloud SQL private IPs sit in the project's
 * networks, the default compute service account is the one the instances run as.
 */
export function generateServices(
  ctx: ProjectContext,
  counts: ServiceCounts,
  net: NetworkSide,
  emitInstance: (i: compute_v1.Schema$Instance, boot: compute_v1.Schema$Disk) => void,
): ProjectServices {
  const s = emptyServices();
  const zone = ctx.zones[0];
  if (zone && net.networks.length)
    for (let c = 0; c < counts.gkeClusters; c++)
      s.clusters.push(makeCluster(ctx, counts, net, c, emitInstance));
  s.sqlInstances = generateSqlInstances(ctx, counts.sqlInstances, net);
  const buckets = generateBuckets(ctx, counts.buckets);
  s.buckets = buckets.buckets;
  s.bucketPolicies = buckets.policies;
  const identity = generateIdentity(ctx, counts);
  s.serviceAccounts = identity.accounts;
  s.keys = identity.keys;
  s.projectPolicy = identity.policy;
  const sql = generateSqlChildren(ctx, s.sqlInstances, counts);
  s.sqlDatabases = sql.databases;
  s.sqlUsers = sql.users;
  const run = generateRun(ctx, counts, net);
  s.runServices = run.services;
  s.runServicePolicies = run.policies;
  s.runJobs = run.jobs;
  return s;
}

function makeCluster(
  ctx: ProjectContext,
  counts: ServiceCounts,
  net: NetworkSide,
  c: number,
  emitInstance: (i: compute_v1.Schema$Instance, boot: compute_v1.Schema$Disk) => void,
): container_v1.Schema$Cluster {
  const { prng, project } = ctx;
  const zone = ctx.zones[c % ctx.zones.length]!;
  const region = regionOfZone(zone);
  const regional = prng.chance(0.5);
  const location = regional ? region : zone;
  const name = `${prng.pick(['prod', 'staging', 'tools'])}-gke-${c}`;
  const selfLink = `https://container.googleapis.com/v1/projects/${project}/locations/${location}/clusters/${name}`;
  const target = net.subnet(c, region);
  const privateEndpoint = prng.chance(0.3);
  const authorized = prng.pick(['none', 'open', 'office'] as const);
  const version = prng.pick(gkeVersions);
  const customSa = prng.chance(0.5);
  const serviceAccount = customSa ? `gke-nodes@${project}.iam.gserviceaccount.com` : 'default';
  const pools: container_v1.Schema$NodePool[] = [];
  for (let p = 0; p < counts.nodePoolsPerCluster; p++) {
    const pool = p === 0 ? 'default-pool' : `pool-${p}`;
    const hash = prng
      .base64(4)
      .replace(/[^a-z0-9]/gi, '')
      .toLowerCase()
      .padEnd(8, '0')
      .slice(0, 8);
    const group = `gke-${name}-${pool}-${hash}`;
    const machineType = prng.pick(['e2-standard-4', 'e2-medium', 'n2-standard-8']);
    for (let n = 0; n < counts.nodesPerPool; n++) {
      const node = `${group}-${prng
        .base64(3)
        .replace(/[^a-z0-9]/gi, 'x')
        .toLowerCase()
        .slice(0, 4)}`;
      const { instance, boot } = makeInstance(ctx, node, zone, 1, (k) => (k === 0 ? target : undefined));
      instance.labels = {
        'goog-gke-node': '',
        'goog-k8s-cluster-name': name,
        'goog-k8s-node-pool-name': pool,
      };
      instance.machineType = `${zoneUrl(project, zone)}/machineTypes/${machineType}`;
      instance.serviceAccounts = [
        {
          email: customSa ? serviceAccount : defaultServiceAccount(ctx.projectNumber),
          scopes: ['https://www.googleapis.com/auth/cloud-platform'],
        },
      ];
      emitInstance(instance, boot);
    }
    pools.push({
      name: pool,
      config: {
        machineType,
        diskSizeGb: 100,
        diskType: 'pd-balanced',
        imageType: 'COS_CONTAINERD',
        serviceAccount,
        oauthScopes: ['https://www.googleapis.com/auth/cloud-platform'],
        metadata: { 'disable-legacy-endpoints': 'true' },
      },
      initialNodeCount: counts.nodesPerPool,
      locations: [zone],
      selfLink: `${selfLink}/nodePools/${pool}`,
      version,
      instanceGroupUrls: [`${zoneUrl(project, zone)}/instanceGroupManagers/${group}-grp`],
      status: 'RUNNING',
      autoscaling: prng.chance(0.5) ? { enabled: true, minNodeCount: 1, maxNodeCount: 5 } : {},
      management: { autoUpgrade: true, autoRepair: true },
      maxPodsConstraint: { maxPodsPerNode: '110' },
      podIpv4CidrSize: 24,
      etag: etag(prng),
    });
  }
  const endpoint = privateEndpoint ? `${target?.prefix ?? '10.0.0'}.2` : publicIp(prng);
  return {
    name,
    nodeConfig: pools[0]?.config ?? {},
    masterAuth: { clusterCaCertificate: prng.base64(48) },
    loggingService: 'logging.googleapis.com/kubernetes',
    monitoringService: 'monitoring.googleapis.com/kubernetes',
    network: lastName(target?.network),
    clusterIpv4Cidr: `10.${prng.int(64, 127)}.0.0/14`,
    nodePools: pools,
    locations: [zone],
    ...(prng.chance(0.1) ? { legacyAbac: { enabled: true } } : { legacyAbac: {} }),
    networkConfig: {
      network: `projects/${project}/global/networks/${lastName(target?.network)}`,
      subnetwork: `projects/${project}/regions/${region}/subnetworks/${lastName(target?.subnetwork)}`,
    },
    privateClusterConfig: {
      enablePrivateNodes: privateEndpoint || prng.chance(0.5),
      ...(privateEndpoint ? { enablePrivateEndpoint: true } : {}),
      privateEndpoint: `${target?.prefix ?? '10.0.0'}.2`,
      ...(privateEndpoint ? {} : { publicEndpoint: endpoint }),
    },
    masterAuthorizedNetworksConfig:
      authorized === 'none'
        ? {}
        : {
            enabled: true,
            cidrBlocks:
              authorized === 'open'
                ? [{ displayName: 'anywhere', cidrBlock: '0.0.0.0/0' }]
                : [{ displayName: 'office', cidrBlock: `203.0.113.${prng.int(0, 15) * 16}/28` }],
          },
    ...(prng.chance(0.6) ? { workloadIdentityConfig: { workloadPool: `${project}.svc.id.goog` } } : {}),
    releaseChannel: { channel: prng.pick(['REGULAR', 'STABLE', 'RAPID']) },
    selfLink,
    zone: location,
    endpoint,
    initialClusterVersion: version,
    currentMasterVersion: version,
    currentNodeVersion: version,
    createTime: new Date(Date.UTC(2023, prng.int(0, 11), prng.int(1, 28), prng.int(0, 23)))
      .toISOString()
      .replace('.000Z', '+00:00'),
    status: 'RUNNING',
    servicesIpv4Cidr: `34.118.${prng.int(224, 239)}.0/20`,
    location,
    id: Array.from({ length: 4 }, () => prng.uint32().toString(16).padStart(8, '0')).join(''),
    etag: etag(prng),
  };
}

function lastName(url: string | undefined): string {
  return url ? url.slice(url.lastIndexOf('/') + 1) : 'default';
}

/** A GKE-style etag. */
export function etag(prng: Prng): string {
  return prng.uint32().toString(16).padStart(8, '0');
}
