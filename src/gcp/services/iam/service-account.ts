import type { iam_v1 } from '@googleapis/iam';
import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../../failure-types.js';
import { serviceKind } from '../kinds.js';
import { expectField, serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceContext, type ServiceResource } from '../service-resource.js';
import { globalCoverage, servicePages, type ServiceListing } from '../service-paging.js';

type Account = iam_v1.Schema$ServiceAccount;
type ListBody = iam_v1.Schema$ListServiceAccountsResponse;

/** `projects.serviceAccounts.list` (paged by pageSize ≤ 100). */
export const serviceAccountsListing: ServiceListing<ListBody, Account> = {
  method: 'serviceAccounts.list',
  envelope: { field: 'accounts' },
  items: (b) => b.accounts ?? [],
  coverage: globalCoverage,
};

/** Every service account of the project. */
export function listServiceAccounts(client: { iam: iam_v1.Iam }, ctx: ServiceContext) {
  return servicePages<ListBody, Account>(ctx, serviceAccountsListing, (pageToken) =>
    client.iam.projects.serviceAccounts.list(
      {
        name: `projects/${ctx.scope}`,
        pageSize: Math.min(ctx.pageSize, 100),
        ...(pageToken ? { pageToken } : {}),
      },
      noRetry,
    ),
  );
}

function requireAccount(a: Account): { id: string; email: string } {
  if (!a.uniqueId || !a.email)
    throw ApplicationFailure.create({
      type: GcpFailureType.MalformedResource,
      nonRetryable: true,
      message: `service account without ${a.uniqueId ? 'email' : 'uniqueId'} in API response: ${a.name ?? a.email ?? '(no name)'}`,
    });
  return { id: a.uniqueId, email: a.email };
}

/** Pure: a service account → row (id: its uniqueId; name: its email). */
export function convertServiceAccount(a: Account) {
  const { id, email } = requireAccount(a);
  return {
    id,
    name: email,
    location: 'global',
    creation_timestamp: null,
    display_name: a.displayName ?? null,
    disabled: a.disabled === true,
  };
}

/** IAM service accounts of the project. */
export const serviceAccountResource: ServiceResource<Account> = {
  ...serviceKind('serviceAccounts'),
  columns: { display_name: 'text', disabled: 'boolean' },
  listColumns: ['display_name', 'disabled'],
  list: listServiceAccounts,
  get: (client, ctx, ref) => {
    const name = `projects/${ctx.scope}/serviceAccounts/${ref.name}`;
    return serviceGetOrGone(
      ctx.api,
      {
        method: 'serviceAccounts.get',
        path: name,
        message: ref.name,
        check: expectField('uniqueId', ref.id),
      },
      () => client.iam.projects.serviceAccounts.get({ name }, noRetry),
    );
  },
  convert: convertServiceAccount,
  identify: (a) => requireAccount(a).id,
};
