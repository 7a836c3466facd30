import type { storage_v1 } from '@googleapis/storage';
import { requireIdentity } from '../../compute/identity.js';
import { serviceKind } from '../kinds.js';
import { expectField, serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceContext, type ServiceResource } from '../service-resource.js';
import { globalCoverage, servicePages, type ServiceListing } from '../service-paging.js';

type Bucket = storage_v1.Schema$Bucket;
type ListBody = storage_v1.Schema$Buckets;

/** `buckets.list?project=` (global, paged by maxResults ≤ 1000). */
export const bucketsListing: ServiceListing<ListBody, Bucket> = {
  method: 'buckets.list',
  envelope: { kind: 'storage#buckets', field: 'items', stringLists: ['unreachable'] },
  items: (b) => b.items ?? [],
  coverage: (b) =>
    (b as { unreachable?: string[] }).unreachable?.length
      ? { locations: [], unreachable: ['global'] }
      : globalCoverage(),
};

/** Every bucket of the project. */
export function listBuckets(client: { storage: storage_v1.Storage }, ctx: ServiceContext) {
  return servicePages<ListBody, Bucket>(ctx, bucketsListing, (pageToken) =>
    client.storage.buckets.list(
      { project: ctx.scope, maxResults: Math.min(ctx.pageSize, 1000), ...(pageToken ? { pageToken } : {}) },
      noRetry,
    ),
  );
}

/** Pure: a bucket → row (its id is its globally unique name). */
export function convertBucket(b: Bucket) {
  const { id, name } = requireIdentity('bucket', b);
  const iam = b.iamConfiguration;
  return {
    id,
    name,
    location: 'global',
    creation_timestamp: b.timeCreated ?? null,
    bucket_location: b.location ?? null,
    storage_class: b.storageClass ?? null,
    uniform_access: iam?.uniformBucketLevelAccess?.enabled === true,
    public_access_prevention: iam?.publicAccessPrevention ?? null,
    versioning: b.versioning?.enabled === true,
    retention_seconds:
      b.retentionPolicy?.retentionPeriod != null ? Number(b.retentionPolicy.retentionPeriod) : null,
    kms_key: b.encryption?.defaultKmsKeyName ?? null,
  };
}

/** Cloud Storage buckets (JSON API v1): access control, public access prevention, retention, versioning, encryption. */
export const bucketResource: ServiceResource<Bucket> = {
  ...serviceKind('buckets'),
  columns: {
    bucket_location: 'text',
    storage_class: 'text',
    uniform_access: 'boolean',
    public_access_prevention: 'text',
    versioning: 'boolean',
    retention_seconds: 'bigint',
    kms_key: 'text',
  },
  listColumns: ['bucket_location', 'uniform_access', 'public_access_prevention'],
  list: listBuckets,
  get: (client, ctx, ref) =>
    serviceGetOrGone(
      ctx.api,
      {
        method: 'buckets.get',
        path: `b/${ref.name}`,
        reason: 'notFound',
        check: expectField('kind', 'storage#bucket'),
      },
      () => client.storage.buckets.get({ bucket: ref.name }, noRetry),
    ),
  convert: convertBucket,
  identify: (b) => requireIdentity('bucket', b).id,
};
