import type { compute_v1 } from '@googleapis/compute';
import { GoogleApiCaller } from '../gcp/google-api-caller.js';
import type { ComputePlural } from '../gcp/compute/kinds.js';
import { computeResources } from '../gcp/compute/registry.js';
import { TokenBucket } from '../provider/token-bucket.js';

/** A resource type the bench lists: every registry kind, by plural. */
export type BenchPlural = ComputePlural;

/** Called with the method of every request a listing sends. */
export type OnRequest = (method: string) => void;

/**
 * Every object of one type in one project, page by page (pages of 500), with the type's own declared `list`
 * (the official client's aggregatedList, list or get, plus page validation): no retries, no pacing. An unknown
 * plural throws instead of listing something else.
 */
export async function* listRaw(
  compute: compute_v1.Compute,
  project: string,
  plural: BenchPlural,
  onRequest?: OnRequest,
): AsyncGenerator<unknown[]> {
  const resource = computeResources.find((r) => r.plural === plural);
  if (!resource) throw new Error(`the bench has no Compute kind ${String(plural)}`);
  const api = new GoogleApiCaller({
    bucket: new TokenBucket(Number.MAX_SAFE_INTEGER),
    maxAttempts: 1,
    ...(onRequest ? { observer: requestObserver(onRequest) } : {}),
  });
  for await (const page of resource.list(compute, { scope: project, pageSize: 500, api })) yield page.items;
}

function requestObserver(onRequest: OnRequest) {
  return { request: onRequest, retry() {}, bucketWait() {}, call() {} };
}
