import type { sqladmin_v1 } from '@googleapis/sqladmin';
import type { storage_v1 } from '@googleapis/storage';
import type { NetworkSide, ProjectContext } from '../compute/generate-network.js';
import { regionOfZone } from '../compute/urls.js';
import { publicIp } from '../compute/values.js';

const dayMs = 86_400_000;

/** An instant between 2022 and 2024 as Google's services write it (`…Z`, milliseconds). */
export function serviceTime(ctx: ProjectContext): string {
  return new Date(
    Date.UTC(2022, 0, 1) + ctx.prng.int(0, 900) * dayMs + ctx.prng.int(0, 86_399) * 1000,
  ).toISOString();
}

/** Cloud SQL instances: some with a public IPv4 (a few open to 0.0.0.0/0), each with a private IP in a project network. */
export function generateSqlInstances(
  ctx: ProjectContext,
  n: number,
  net: NetworkSide,
): sqladmin_v1.Schema$DatabaseInstance[] {
  const { prng, project } = ctx;
  const out: sqladmin_v1.Schema$DatabaseInstance[] = [];
  for (let i = 0; i < n && ctx.zones.length; i++) {
    const zone = ctx.zones[i % ctx.zones.length]!;
    const region = regionOfZone(zone);
    const name = `${prng.pick(['orders', 'users', 'billing', 'events'])}-db-${i}`;
    const target = net.networks.length ? net.subnet(i, region) : undefined;
    const ipv4Enabled = prng.chance(0.6);
    const open = ipv4Enabled && prng.chance(0.4);
    const postgres = prng.chance(0.6);
    const ipAddresses: sqladmin_v1.Schema$IpMapping[] = [];
    if (ipv4Enabled) ipAddresses.push({ type: 'PRIMARY', ipAddress: publicIp(prng) });
    if (target) ipAddresses.push({ type: 'PRIVATE', ipAddress: `${target.prefix}.${prng.int(200, 250)}` });
    const sslMode = prng.pick([
      'ALLOW_UNENCRYPTED_AND_ENCRYPTED',
      'ENCRYPTED_ONLY',
      'TRUSTED_CLIENT_CERTIFICATE_REQUIRED',
    ]);
    out.push({
      kind: 'sql#instance',
      state: 'RUNNABLE',
      databaseVersion: postgres ? 'POSTGRES_15' : 'MYSQL_8_0',
      settings: {
        authorizedGaeApplications: [],
        tier: prng.pick(['db-custom-2-7680', 'db-f1-micro', 'db-custom-4-15360']),
        kind: 'sql#settings',
        availabilityType: prng.pick(['ZONAL', 'REGIONAL']),
        pricingPlan: 'PER_USE',
        replicationType: 'SYNCHRONOUS',
        activationPolicy: 'ALWAYS',
        ipConfiguration: {
          ipv4Enabled,
          authorizedNetworks: open
            ? [{ kind: 'sql#aclEntry', name: 'anywhere', value: '0.0.0.0/0' }]
            : ipv4Enabled && prng.chance(0.5)
              ? [{ kind: 'sql#aclEntry', name: 'office', value: `198.51.100.${prng.int(0, 15) * 16}/28` }]
              : [],
          ...(target
            ? {
                privateNetwork: `projects/${project}/global/networks/${target.network.slice(target.network.lastIndexOf('/') + 1)}`,
              }
            : {}),
          sslMode,
          requireSsl: sslMode !== 'ALLOW_UNENCRYPTED_AND_ENCRYPTED',
        },
        locationPreference: { zone, kind: 'sql#locationPreference' },
        dataDiskType: 'PD_SSD',
        backupConfiguration: {
          startTime: `0${prng.int(0, 9)}:00`,
          kind: 'sql#backupConfiguration',
          backupRetentionSettings: { retentionUnit: 'COUNT', retainedBackups: 7 },
          enabled: prng.chance(0.8),
          transactionLogRetentionDays: 7,
        },
        settingsVersion: String(prng.int(1, 40)),
        storageAutoResize: true,
        dataDiskSizeGb: String(prng.pick([10, 20, 100])),
      },
      etag: prng.base64(24),
      ipAddresses,
      instanceType: 'CLOUD_SQL_INSTANCE',
      project,
      serviceAccountEmailAddress: `p${ctx.projectNumber}-${prng.int(100000, 999999)}@gcp-sa-cloud-sql.iam.gserviceaccount.com`,
      backendType: 'SECOND_GEN',
      selfLink: `https://sqladmin.googleapis.com/v1/projects/${project}/instances/${name}`,
      connectionName: `${project}:${region}:${name}`,
      name,
      region,
      gceZone: zone,
      databaseInstalledVersion: postgres ? 'POSTGRES_15_8' : 'MYSQL_8_0_37',
      createTime: serviceTime(ctx),
      sqlNetworkArchitecture: 'NEW_NETWORK_ARCHITECTURE',
    });
  }
  return out;
}

/** Buckets with their IAM policies: uniform access or not, some public (`allUsers`) with or without prevention. */
export function generateBuckets(
  ctx: ProjectContext,
  n: number,
): { buckets: storage_v1.Schema$Bucket[]; policies: Record<string, storage_v1.Schema$Policy> } {
  const { prng, project } = ctx;
  const buckets: storage_v1.Schema$Bucket[] = [];
  const policies: Record<string, storage_v1.Schema$Policy> = {};
  for (let i = 0; i < n; i++) {
    const name = `${project}-${prng.pick(['assets', 'logs', 'backups', 'exports'])}-${i}`;
    const uniform = prng.chance(0.7);
    const prevention = prng.chance(0.4) ? 'enforced' : 'inherited';
    const created = serviceTime(ctx);
    const multi = prng.chance(0.5);
    buckets.push({
      kind: 'storage#bucket',
      selfLink: `https://www.googleapis.com/storage/v1/b/${name}`,
      id: name,
      name,
      projectNumber: ctx.projectNumber,
      generation: String(Date.parse(created) * 1000),
      metageneration: String(prng.int(1, 9)),
      location: multi
        ? prng.pick(['US', 'EU', 'ASIA'])
        : regionOfZone(ctx.zones[0] ?? 'us-central1-a').toUpperCase(),
      storageClass: prng.pick(['STANDARD', 'NEARLINE', 'COLDLINE']),
      etag: 'CAE=',
      timeCreated: created,
      updated: created,
      softDeletePolicy: { retentionDurationSeconds: '604800', effectiveTime: created },
      iamConfiguration: {
        bucketPolicyOnly: { enabled: uniform, ...(uniform ? { lockedTime: created } : {}) },
        uniformBucketLevelAccess: { enabled: uniform, ...(uniform ? { lockedTime: created } : {}) },
        publicAccessPrevention: prevention,
      },
      locationType: multi ? 'multi-region' : 'region',
      ...(prng.chance(0.5) ? { versioning: { enabled: true } } : {}),
      ...(prng.chance(0.2)
        ? { retentionPolicy: { retentionPeriod: '2592000', effectiveTime: created } }
        : {}),
      ...(prng.chance(0.2)
        ? {
            encryption: {
              defaultKmsKeyName: `projects/${project}/locations/global/keyRings/ring/cryptoKeys/bucket-key`,
            },
          }
        : {}),
      rpo: 'DEFAULT',
    });
    const bindings: storage_v1.Schema$Policy['bindings'] = [
      {
        role: 'roles/storage.legacyBucketOwner',
        members: [`projectEditor:${project}`, `projectOwner:${project}`],
      },
      { role: 'roles/storage.legacyBucketReader', members: [`projectViewer:${project}`] },
    ];
    const exposure = prng.pick(['none', 'none', 'allUsers', 'allAuthenticatedUsers'] as const);
    if (exposure !== 'none')
      bindings.push({
        role: prng.pick(['roles/storage.objectViewer', 'roles/storage.objectAdmin']),
        members: [exposure],
      });
    policies[name] = {
      kind: 'storage#policy',
      resourceId: `projects/_/buckets/${name}`,
      version: 1,
      etag: 'CAE=',
      bindings,
    };
  }
  return { buckets, policies };
}

/** Each Cloud SQL instance's databases and users, as `databases.list` and `users.list` return them. */
export function generateSqlChildren(
  ctx: ProjectContext,
  instances: readonly sqladmin_v1.Schema$DatabaseInstance[],
  counts: { sqlDatabasesPerInstance: number; sqlUsersPerInstance: number },
): {
  databases: Record<string, sqladmin_v1.Schema$Database[]>;
  users: Record<string, sqladmin_v1.Schema$User[]>;
} {
  const { prng, project } = ctx;
  const databases: Record<string, sqladmin_v1.Schema$Database[]> = {};
  const users: Record<string, sqladmin_v1.Schema$User[]> = {};
  for (const i of instances) {
    const instance = i.name ?? '';
    const postgres = (i.databaseVersion ?? '').startsWith('POSTGRES');
    const self = `https://sqladmin.googleapis.com/v1/projects/${project}/instances/${instance}`;
    databases[instance] = Array.from({ length: counts.sqlDatabasesPerInstance }, (_, d) => {
      const name =
        d === 0 ? (postgres ? 'postgres' : 'sys') : `${prng.pick(['app', 'orders', 'audit'])}_${d}`;
      return {
        kind: 'sql#database',
        charset: postgres ? 'UTF8' : 'utf8mb4',
        collation: postgres ? 'en_US.UTF8' : 'utf8mb4_0900_ai_ci',
        etag: prng.base64(24),
        name,
        instance,
        selfLink: `${self}/databases/${name}`,
        project,
      };
    });
    users[instance] = Array.from({ length: counts.sqlUsersPerInstance }, (_, u) => {
      const iam = u > 0 && prng.chance(0.3);
      const name = u === 0 ? (postgres ? 'postgres' : 'root') : iam ? `app-${u}@${project}.iam` : `app_${u}`;
      return {
        kind: 'sql#user',
        etag: prng.base64(24),
        name,
        ...(postgres ? {} : { host: u === 0 ? '%' : `10.${prng.int(0, 255)}.0.0/255.255.0.0` }),
        instance,
        project,
        ...(iam ? { type: 'CLOUD_IAM_SERVICE_ACCOUNT' } : {}),
      };
    });
  }
  return { databases, users };
}
