import type { container_v1 } from '@googleapis/container';
import type { sqladmin_v1 } from '@googleapis/sqladmin';
import type { storage_v1 } from '@googleapis/storage';
import { isOpenRange } from './open-range.js';

/** One resource of a service beyond Compute that the internet reaches, and the setting that decides it. */
export interface ServiceExposureRow {
  scope: string;
  service: 'gke' | 'sql' | 'storage' | 'run';
  kind: string;
  resource: string;
  location: string;
  /** What is reachable: `control plane`, `database`, `read`, `write`, `read+write`, `invoke <url>`. */
  access: string;
  /** Who: the open range or public member. */
  from: string;
  /** The setting that decides it, as the API names it. */
  deciding_setting: string;
}

type Base = Pick<ServiceExposureRow, 'scope' | 'resource' | 'location'>;

/**
 * A GKE control plane is reachable from public addresses when its public endpoint is on
 * (`privateClusterConfig.enablePrivateEndpoint` not true) and either master authorized networks are off (any
 * address may reach it) or they list an open range. Google's own ranges (`gcpPublicCidrsAccessEnabled`) are not
 * "the internet".
 */
export function clusterExposure(base: Base, c: container_v1.Schema$Cluster): ServiceExposureRow[] {
  if (c.privateClusterConfig?.enablePrivateEndpoint === true) return [];
  const row = { ...base, service: 'gke' as const, kind: 'gkeClusters', access: 'control plane' };
  const authorized = c.masterAuthorizedNetworksConfig;
  if (authorized?.enabled !== true)
    return [
      {
        ...row,
        from: 'any address',
        deciding_setting: 'masterAuthorizedNetworksConfig.enabled: false (public endpoint)',
      },
    ];
  return (authorized.cidrBlocks ?? [])
    .filter((b) => b.cidrBlock && isOpenRange(b.cidrBlock))
    .map((b) => ({
      ...row,
      from: b.cidrBlock!,
      deciding_setting: `masterAuthorizedNetworksConfig.cidrBlocks: ${b.cidrBlock}`,
    }));
}

/**
 * A Cloud SQL instance takes connections from the internet when it has a public IPv4 (`ipv4Enabled` and a
 * PRIMARY address) and an authorized network is an open range; without authorized networks only the Cloud SQL
 * connectors (IAM-authorized) reach it, which is not reported.
 */
export function sqlExposure(base: Base, i: sqladmin_v1.Schema$DatabaseInstance): ServiceExposureRow[] {
  const ip = i.settings?.ipConfiguration;
  const primary = (i.ipAddresses ?? []).find((a) => a.type === 'PRIMARY')?.ipAddress;
  if (ip?.ipv4Enabled !== true || !primary) return [];
  return (ip.authorizedNetworks ?? [])
    .filter((n) => n.value && isOpenRange(n.value))
    .map((n) => ({
      ...base,
      service: 'sql' as const,
      kind: 'sqlInstances',
      access: `database at ${primary} (sslMode ${ip.sslMode ?? 'unset'})`,
      from: n.value!,
      deciding_setting: `settings.ipConfiguration.authorizedNetworks: ${n.value}`,
    }));
}

const readRoles =
  /objectViewer|legacyObjectReader|legacyBucketReader|storage\.objectUser|storage\.admin|objectAdmin/;
const writeRoles = /objectAdmin|objectCreator|objectUser|legacyBucketWriter|legacyBucketOwner|storage\.admin/;

/**
 * A bucket is public when its IAM policy grants a role to `allUsers` or `allAuthenticatedUsers` and public
 * access prevention is not `enforced` on the bucket (`inherited` follows the organization policy, which Hotpot
 * does not read: said in a note).
 */
export function bucketExposure(
  base: Base,
  bucket: storage_v1.Schema$Bucket,
  policy: storage_v1.Schema$Policy | undefined,
): ServiceExposureRow[] {
  const prevention = bucket.iamConfiguration?.publicAccessPrevention ?? 'inherited';
  if (prevention === 'enforced' || !policy) return [];
  const rows: ServiceExposureRow[] = [];
  for (const b of policy.bindings ?? [])
    for (const m of b.members ?? []) {
      if (m !== 'allUsers' && m !== 'allAuthenticatedUsers') continue;
      const role = b.role ?? '';
      const access = [readRoles.test(role) && 'read', writeRoles.test(role) && 'write']
        .filter(Boolean)
        .join('+');
      rows.push({
        ...base,
        service: 'storage',
        kind: 'buckets',
        access: access || role,
        from: m,
        deciding_setting: `iamPolicy ${role}: ${m} (publicAccessPrevention: ${prevention})`,
      });
    }
  return rows;
}
