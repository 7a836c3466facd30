import { inKindOrder } from '../../provider/kind.js';
import { gkeClusterResource } from './gke/cluster.js';
import { gkeNodePoolResource } from './gke/node-pool.js';
import { projectIamPolicyResource } from './iam/project-policy.js';
import { serviceAccountKeyResource } from './iam/service-account-key.js';
import { serviceAccountResource } from './iam/service-account.js';
import { gcpServices, serviceKinds, type ServicePlural } from './kinds.js';
import { apiQuotas, quotaOf } from './quotas.js';
import type { ServiceResource } from './service-resource.js';
import { runJobResource } from './run/job.js';
import { runServiceIamPolicyResource } from './run/service-iam-policy.js';
import { runServiceResource } from './run/service.js';
import { sqlDatabaseResource } from './sql/database.js';
import { sqlInstanceResource } from './sql/instance.js';
import { sqlUserResource } from './sql/user.js';
import { bucketIamPolicyResource } from './storage/bucket-iam-policy.js';
import { bucketResource } from './storage/bucket.js';

/** The API a kind's calls go to: its service's, except the project policy's (Resource Manager). */
function apiOf(plural: ServicePlural): keyof typeof apiQuotas {
  if (plural === 'projectIamPolicies') return 'cloudresourcemanager';
  const api = gcpServices.find((s) => (s.kinds as readonly string[]).includes(plural))!.api;
  return api.split('.')[0] as keyof typeof apiQuotas;
}

/**
 * Every Google service resource beyond Compute, keyed by its plural in `serviceKinds` (a kind missing on either
 * side does not compile), each on its API's own token bucket.
 */
export const serviceResources: ServiceResource<unknown>[] = inKindOrder<
  typeof serviceKinds,
  ServiceResource<unknown>
>(serviceKinds, {
  gkeClusters: gkeClusterResource as ServiceResource<unknown>,
  gkeNodePools: gkeNodePoolResource as ServiceResource<unknown>,
  sqlInstances: sqlInstanceResource as ServiceResource<unknown>,
  sqlDatabases: sqlDatabaseResource as ServiceResource<unknown>,
  sqlUsers: sqlUserResource as ServiceResource<unknown>,
  buckets: bucketResource as ServiceResource<unknown>,
  bucketIamPolicies: bucketIamPolicyResource as ServiceResource<unknown>,
  serviceAccounts: serviceAccountResource as ServiceResource<unknown>,
  serviceAccountKeys: serviceAccountKeyResource as ServiceResource<unknown>,
  projectIamPolicies: projectIamPolicyResource as ServiceResource<unknown>,
  runServices: runServiceResource as ServiceResource<unknown>,
  runServiceIamPolicies: runServiceIamPolicyResource as ServiceResource<unknown>,
  runJobs: runJobResource as ServiceResource<unknown>,
}).map((r) => ({ ...r, quota: quotaOf(apiOf(r.plural as ServicePlural)) }));
