import type { cloudresourcemanager_v3 } from '@googleapis/cloudresourcemanager';
import { serviceKind } from '../kinds.js';
import { checkEnvelope } from '../listing-envelope.js';
import { noRetry, type ServiceContext, type ServiceResource } from '../service-resource.js';
import type { ServiceClients } from '../service-clients.js';
import { bindingColumns } from './bindings.js';

type Policy = cloudresourcemanager_v3.Schema$Policy;

/** The policy as stored: Google's answer exactly (it names no project: the row's scope does). */
export type ProjectPolicy = Policy;

/** The project's IAM policy (`projects.getIamPolicy`, policy version 3): the bindings exactly as Google answers. */
async function getPolicy(client: ServiceClients, ctx: ServiceContext): Promise<Policy> {
  const resource = `projects/${ctx.scope}`;
  const what = `projects.getIamPolicy ${resource}`;
  return ctx.api.call(
    what,
    () =>
      client.rm.projects.getIamPolicy(
        { resource, requestBody: { options: { requestedPolicyVersion: 3 } } },
        noRetry,
      ),
    (b) => checkEnvelope(b, { field: 'bindings', objectLists: ['auditConfigs'] }, what),
  );
}

/** Pure: the project's policy → row (one per project, id `iam-policy`). */
export function convertProjectPolicy(p: ProjectPolicy) {
  return {
    id: 'iam-policy',
    name: 'iam-policy',
    location: 'global',
    creation_timestamp: null,
    version: p.version ?? null,
    ...bindingColumns(p.bindings),
  };
}

/**
 * The project's IAM policy: who is owner, editor, viewer or anything else on the project. One object per
 * project, never deleted while the project answers (a project that is gone is handled by discovery).
 */
export const projectIamPolicyResource: ServiceResource<ProjectPolicy> = {
  ...serviceKind('projectIamPolicies'),
  columns: {
    version: 'integer',
    members: { type: 'text[]', index: 'gin' },
    roles: 'text[]',
    public_roles: 'text[]',
  },
  listColumns: ['version', 'roles', 'public_roles'],
  async *list(client, ctx) {
    yield { items: [await getPolicy(client, ctx)], locations: ['global'], unreachable: [] };
  },
  get: (client, ctx) => getPolicy(client, ctx),
  convert: convertProjectPolicy,
  identify: () => 'iam-policy',
};
