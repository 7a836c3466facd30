import type { iam_v1 } from '@googleapis/iam';
import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../../failure-types.js';
import { serviceKind } from '../kinds.js';
import { expectField, serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceResource } from '../service-resource.js';
import { checkEnvelope } from '../listing-envelope.js';
import { listServiceAccounts } from './service-account.js';

type Key = iam_v1.Schema$ServiceAccountKey;

const keyName = /^projects\/[^/]+\/serviceAccounts\/([^/]+)\/keys\/([^/]+)$/;

function requireKeyName(k: Key): RegExpExecArray {
  const m = keyName.exec(k.name ?? '');
  if (!m)
    throw ApplicationFailure.create({
      type: GcpFailureType.MalformedResource,
      nonRetryable: true,
      message: `service account key without a well-formed name in API response: ${JSON.stringify(k.name ?? null)}`,
    });
  return m;
}

/** Pure: a key → row (id: its full name; its private material is never listed by the API). */
export function convertServiceAccountKey(k: Key) {
  const m = requireKeyName(k);
  return {
    id: m[0],
    name: m[2]!,
    location: 'global',
    creation_timestamp: k.validAfterTime ?? null,
    service_account: m[1]!,
    key_type: k.keyType ?? null,
    key_origin: k.keyOrigin ?? null,
    valid_before: k.validBeforeTime ?? null,
    disabled: k.disabled === true,
  };
}

/**
 * Every service account's keys (`serviceAccounts.keys.list`, no paging: one call per account after listing the
 * accounts again), user-managed and system-managed; an account deleted meanwhile (404) has no keys.
 */
export const serviceAccountKeyResource: ServiceResource<Key> = {
  ...serviceKind('serviceAccountKeys'),
  columns: {
    service_account: { type: 'text', index: 'btree' },
    key_type: 'text',
    key_origin: 'text',
    valid_before: 'timestamptz',
    disabled: 'boolean',
  },
  listColumns: ['service_account', 'key_type', 'disabled'],
  async *list(client, ctx) {
    for await (const page of listServiceAccounts(client, ctx)) {
      const items: Key[] = [];
      for (const a of page.items) {
        if (!a.email) continue;
        const name = `projects/${ctx.scope}/serviceAccounts/${a.email}`;
        const what = `serviceAccountKeys.list ${name}`;
        const body = await serviceGetOrGone<iam_v1.Schema$ListServiceAccountKeysResponse>(
          ctx.api,
          {
            method: 'serviceAccountKeys.list',
            path: name,
            message: a.email,
            check: (b) => checkEnvelope(b, { field: 'keys' }, what),
          },
          () => client.iam.projects.serviceAccounts.keys.list({ name }, noRetry),
        );
        if (body !== 'gone') items.push(...(body.keys ?? []));
      }
      yield { ...page, items };
    }
  },
  get: (client, ctx, ref) =>
    serviceGetOrGone(
      ctx.api,
      {
        method: 'serviceAccountKeys.get',
        path: ref.id,
        message: ref.name,
        check: expectField('name', ref.id),
      },
      () => client.iam.projects.serviceAccounts.keys.get({ name: ref.id }, noRetry),
    ),
  convert: convertServiceAccountKey,
  identify: (k) => requireKeyName(k)[0],
};
