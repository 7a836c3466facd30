/**
 * Each API's default per-project read quota, requests per minute, from Google's quota pages; `undefined` where
 * Google publishes none for these reads (the configured `gcp.requestsPerMinute` applies). Every API has its own
 * token bucket per project, so one service's throttling never slows another's.
 * - GKE (`container.googleapis.com`): 3,000 per minute, enforced every 100 s (cloud.google.com/kubernetes-engine/quotas).
 * - IAM (`iam.googleapis.com`): read requests 6,000 per minute (cloud.google.com/iam/quotas).
 * - Cloud SQL Admin, Cloud Storage JSON (bucket metadata), Cloud Run Admin v2 and Resource Manager
 *   (`projects.getIamPolicy`): no default read rate published on their quota pages.
 */
export const apiQuotas = {
  container: 3000,
  iam: 6000,
  sqladmin: undefined,
  storage: undefined,
  run: undefined,
  cloudresourcemanager: undefined,
} as const satisfies Record<string, number | undefined>;

/** The API whose quota a kind's calls count against, and its default rate. */
export function quotaOf(api: keyof typeof apiQuotas): { bucket: string; requestsPerMinute?: number } {
  const rate = apiQuotas[api];
  return rate === undefined ? { bucket: api } : { bucket: api, requestsPerMinute: rate };
}
