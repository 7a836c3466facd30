import { kindNamer } from '../../provider/kind.js';

const gke = kindNamer('gcp.container', 'gcp');
const sql = kindNamer('gcp.sql', 'gcp');
const storage = kindNamer('gcp.storage', 'gcp_storage');
const iam = kindNamer('gcp.iam', 'gcp_iam');
const run = kindNamer('gcp.run', 'gcp');

/**
 * The names of every Google service kind beyond Compute, workflow-safe (pure data, no SDK): the registry's part
 * that workflows, the client and the CLI may import. Each declaration takes its names from here.
 */
export const serviceKinds = [
  gke('cluster', 'gkeClusters', 'IngestGkeClusters'),
  gke('node_pool', 'gkeNodePools', 'IngestGkeNodePools'),
  sql('instance', 'sqlInstances', 'IngestSqlInstances'),
  sql('database', 'sqlDatabases', 'IngestSqlDatabases'),
  sql('user', 'sqlUsers', 'IngestSqlUsers'),
  storage('bucket', 'buckets', 'IngestBuckets'),
  storage('bucket_iam_policy', 'bucketIamPolicies', 'IngestBucketIamPolicies'),
  iam('service_account', 'serviceAccounts', 'IngestServiceAccounts'),
  iam('service_account_key', 'serviceAccountKeys', 'IngestServiceAccountKeys'),
  iam('project_policy', 'projectIamPolicies', 'IngestProjectIamPolicies'),
  run('service', 'runServices', 'IngestRunServices'),
  run('service_iam_policy', 'runServiceIamPolicies', 'IngestRunServiceIamPolicies'),
  run('job', 'runJobs', 'IngestRunJobs'),
] as const;

/** Plural names of the service kinds. */
export type ServicePlural = (typeof serviceKinds)[number]['plural'];

/** Activity names of the service kinds. */
export type ServiceActivityName = (typeof serviceKinds)[number]['activityName'];

/**
 * The services a project's inventory syncs beside Compute, each in its own workflow and session: its short name
 * (the workflow id's `gcp-<name>/<project>`), the Service Usage name that gates it, and its kinds.
 */
export const gcpServices = [
  { name: 'gke', api: 'container.googleapis.com', kinds: ['gkeClusters', 'gkeNodePools'] },
  { name: 'sql', api: 'sqladmin.googleapis.com', kinds: ['sqlInstances', 'sqlDatabases', 'sqlUsers'] },
  { name: 'storage', api: 'storage.googleapis.com', kinds: ['buckets', 'bucketIamPolicies'] },
  {
    name: 'iam',
    api: 'iam.googleapis.com',
    kinds: ['serviceAccounts', 'serviceAccountKeys', 'projectIamPolicies'],
  },
  { name: 'run', api: 'run.googleapis.com', kinds: ['runServices', 'runServiceIamPolicies', 'runJobs'] },
] as const satisfies readonly { name: string; api: string; kinds: readonly ServicePlural[] }[];

/**
 * Kinds GcpServiceWorkflow runs only behind its `gcp-services-more-kinds` patch: histories recorded before them
 * schedule their service's other kinds alone.
 */
export const serviceKindsSinceMoreKindsPatch: readonly ServicePlural[] = [
  'sqlDatabases',
  'sqlUsers',
  'runServices',
  'runServiceIamPolicies',
  'runJobs',
];

/** A service's short name: `gke`, `sql`, `storage`, `iam`, `run`. */
export type GcpServiceName = (typeof gcpServices)[number]['name'];

/** The names of one service kind, by its plural. */
export function serviceKind<P extends ServicePlural>(
  plural: P,
): Extract<(typeof serviceKinds)[number], { plural: P }> {
  const found = serviceKinds.find((k) => k.plural === plural);
  if (!found) throw new Error(`no service kind ${plural}`);
  return found as Extract<(typeof serviceKinds)[number], { plural: P }>;
}
