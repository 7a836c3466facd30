import { inKindOrder } from '../../provider/kind.js';
import { gkeClusterResource } from './gke/cluster.js';
import { gkeNodePoolResource } from './gke/node-pool.js';
import { projectIamPolicyResource } from './iam/project-policy.js';
import { serviceAccountKeyResource } from './iam/service-account-key.js';
import { serviceAccountResource } from './iam/service-account.js';
import { serviceKinds } from './kinds.js';
import type { ServiceResource } from './service-resource.js';
import { sqlInstanceResource } from './sql/instance.js';
import { bucketIamPolicyResource } from './storage/bucket-iam-policy.js';
import { bucketResource } from './storage/bucket.js';

/**
 * Every Google service resource beyond Compute, keyed by its plural in `serviceKinds`: a kind missing on either
 * side does not compile.
 */
export const serviceResources: ServiceResource<unknown>[] = inKindOrder(serviceKinds, {
  gkeClusters: gkeClusterResource as ServiceResource<unknown>,
  gkeNodePools: gkeNodePoolResource as ServiceResource<unknown>,
  sqlInstances: sqlInstanceResource as ServiceResource<unknown>,
  buckets: bucketResource as ServiceResource<unknown>,
  bucketIamPolicies: bucketIamPolicyResource as ServiceResource<unknown>,
  serviceAccounts: serviceAccountResource as ServiceResource<unknown>,
  serviceAccountKeys: serviceAccountKeyResource as ServiceResource<unknown>,
  projectIamPolicies: projectIamPolicyResource as ServiceResource<unknown>,
});
