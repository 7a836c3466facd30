import type { cloudresourcemanager_v3 } from '@googleapis/cloudresourcemanager';
import type { container_v1 } from '@googleapis/container';
import type { iam_v1 } from '@googleapis/iam';
import type { run_v2 } from '@googleapis/run';
import type { sqladmin_v1 } from '@googleapis/sqladmin';
import type { storage_v1 } from '@googleapis/storage';

/** The Service Usage names of the services this emulator serves beyond Compute. */
export const serviceApis = {
  gke: 'container.googleapis.com',
  sql: 'sqladmin.googleapis.com',
  storage: 'storage.googleapis.com',
  iam: 'iam.googleapis.com',
  run: 'run.googleapis.com',
} as const;

/** One project's objects of the services beyond Compute, exactly as their APIs return them. */
export interface ProjectServices {
  /** GKE clusters, each holding its node pools (`nodePools`) as `clusters.list` returns them. */
  clusters: container_v1.Schema$Cluster[];
  sqlInstances: sqladmin_v1.Schema$DatabaseInstance[];
  /** Each Cloud SQL instance's databases, by instance name. */
  sqlDatabases: Record<string, sqladmin_v1.Schema$Database[]>;
  /** Each Cloud SQL instance's users, by instance name. */
  sqlUsers: Record<string, sqladmin_v1.Schema$User[]>;
  buckets: storage_v1.Schema$Bucket[];
  /** Each bucket's IAM policy, by bucket name. */
  bucketPolicies: Record<string, storage_v1.Schema$Policy>;
  serviceAccounts: iam_v1.Schema$ServiceAccount[];
  /** Each service account's keys, by email. */
  keys: Record<string, iam_v1.Schema$ServiceAccountKey[]>;
  /** The project's IAM policy (`projects.getIamPolicy`). */
  projectPolicy: cloudresourcemanager_v3.Schema$Policy;
  /** Cloud Run v2 services (`name` is `projects/p/locations/<region>/services/<s>`). */
  runServices: run_v2.Schema$GoogleCloudRunV2Service[];
  /** Each Cloud Run service's IAM policy, by the service's full name. */
  runServicePolicies: Record<string, run_v2.Schema$GoogleIamV1Policy>;
  /** Cloud Run v2 jobs. */
  runJobs: run_v2.Schema$GoogleCloudRunV2Job[];
}

/** A project with no service objects (its policy has no bindings). */
export function emptyServices(): ProjectServices {
  return {
    clusters: [],
    sqlInstances: [],
    sqlDatabases: {},
    sqlUsers: {},
    buckets: [],
    bucketPolicies: {},
    serviceAccounts: [],
    keys: {},
    projectPolicy: { version: 1, etag: 'BwYAAAAAAAA=', bindings: [] },
    runServices: [],
    runServicePolicies: {},
    runJobs: [],
  };
}

/** Every object per Hotpot kind, as the control API's ground truth and the tests compare them. */
export function servicesTruth(s: ProjectServices): Record<string, unknown[]> {
  return {
    gkeClusters: s.clusters,
    gkeNodePools: s.clusters.flatMap((c) => c.nodePools ?? []),
    sqlInstances: s.sqlInstances,
    sqlDatabases: s.sqlInstances.flatMap((i) => s.sqlDatabases[i.name ?? ''] ?? []),
    sqlUsers: s.sqlInstances.flatMap((i) => s.sqlUsers[i.name ?? ''] ?? []),
    buckets: s.buckets,
    bucketIamPolicies: s.buckets.map((b) => s.bucketPolicies[b.name ?? '']).filter((p) => p !== undefined),
    serviceAccounts: s.serviceAccounts,
    serviceAccountKeys: s.serviceAccounts.flatMap((a) => s.keys[a.email ?? ''] ?? []),
    projectIamPolicies: [s.projectPolicy],
    runServices: s.runServices,
    runServiceIamPolicies: s.runServices
      .map((r) => s.runServicePolicies[r.name ?? ''])
      .filter((p) => p !== undefined),
    runJobs: s.runJobs,
  };
}
