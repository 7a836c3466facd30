import type { storage_v1 } from '@googleapis/storage';
import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../../failure-types.js';
import type { GoogleApiCaller } from '../../google-api-caller.js';
import { serviceKind } from '../kinds.js';
import { expectField, serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceResource } from '../service-resource.js';
import { listBuckets } from './bucket.js';
import { bindingColumns } from '../iam/bindings.js';

type Policy = storage_v1.Schema$Policy;

/** The bucket a policy belongs to, from its `resourceId` (`projects/_/buckets/<name>`). */
export function policyBucket(p: Policy): string {
  const m = /^projects\/_\/buckets\/([^/]+)$/.exec(p.resourceId ?? '');
  if (!m?.[1])
    throw ApplicationFailure.create({
      type: GcpFailureType.MalformedResource,
      nonRetryable: true,
      message: `bucket IAM policy without a resourceId naming its bucket: ${JSON.stringify(p.resourceId ?? null)}`,
    });
  return m[1];
}

/** Pure: a bucket's IAM policy → row (keyed by its bucket). */
export function convertBucketPolicy(p: Policy) {
  const bucket = policyBucket(p);
  return {
    id: bucket,
    name: bucket,
    location: 'global',
    creation_timestamp: null,
    ...bindingColumns(p.bindings),
  };
}

/**
 * Each bucket's IAM policy (`buckets.getIamPolicy`, one call per bucket after listing the buckets again), kept
 * exactly as Google returns it: who may read or write the bucket, `allUsers` included.
 */
export const bucketIamPolicyResource: ServiceResource<Policy> = {
  ...serviceKind('bucketIamPolicies'),
  columns: { members: { type: 'text[]', index: 'gin' }, roles: 'text[]', public_roles: 'text[]' },
  listColumns: ['roles', 'public_roles'],
  async *list(client, ctx) {
    for await (const page of listBuckets(client, ctx)) {
      const items: Policy[] = [];
      const unreachable = [...page.unreachable];
      for (const b of page.items) {
        if (!b.name) continue;
        const got = await bucketPolicy(client.storage, ctx.api, b.name);
        if (got === 'gone') continue;
        items.push(got);
      }
      yield { items, locations: unreachable.length ? [] : page.locations, unreachable };
    }
  },
  get: (client, ctx, ref) => bucketPolicy(client.storage, ctx.api, ref.name),
  convert: convertBucketPolicy,
  identify: policyBucket,
};

function bucketPolicy(storage: storage_v1.Storage, api: GoogleApiCaller, bucket: string) {
  return serviceGetOrGone<Policy>(
    api,
    {
      method: 'buckets.getIamPolicy',
      path: `b/${bucket}/iam`,
      reason: 'notFound',
      check: expectField('kind', 'storage#policy'),
    },
    () => storage.buckets.getIamPolicy({ bucket }, noRetry),
  );
}
