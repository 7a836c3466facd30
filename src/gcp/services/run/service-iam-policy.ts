import type { run_v2 } from '@googleapis/run';
import { ApplicationFailure } from '@temporalio/common';
import { GcpFailureType } from '../../failure-types.js';
import type { GoogleApiCaller } from '../../google-api-caller.js';
import { bindingColumns } from '../iam/bindings.js';
import { serviceKind } from '../kinds.js';
import { checkEnvelope } from '../listing-envelope.js';
import { serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceResource } from '../service-resource.js';
import type { ServiceClients } from '../service-clients.js';
import { requireRunName } from './run-names.js';
import { listRunServices, runGone } from './service.js';

type Policy = run_v2.Schema$GoogleIamV1Policy;

/**
 * The service each fetched policy belongs to: Google's policy names no resource, and the stored raw object must
 * stay exactly Google's answer, so the name travels beside it (in this process only).
 */
const policyService = new WeakMap<Policy, string>();

function serviceOf(p: Policy): string {
  const name = policyService.get(p);
  if (!name)
    throw ApplicationFailure.create({
      type: GcpFailureType.MalformedResource,
      nonRetryable: true,
      message: 'Cloud Run service IAM policy not fetched for a known service',
    });
  return name;
}

/** Pure: a service's IAM policy → row (keyed by its service's full name, as the service row is). */
export function convertRunServicePolicy(p: Policy) {
  const { full, location, short } = requireRunName('service', serviceOf(p));
  return { id: full, name: short, location, creation_timestamp: null, ...bindingColumns(p.bindings) };
}

/** Remembers which service a policy answer is for (tests and the ingest both go through here). */
export function policyFor(service: string, policy: Policy): Policy {
  policyService.set(policy, service);
  return policy;
}

/**
 * Each Cloud Run service's IAM policy (`services.getIamPolicy`, one call per service after listing the services
 * again), kept exactly as Google returns it: who may invoke (`roles/run.invoker`), `allUsers` included.
 */
export const runServiceIamPolicyResource: ServiceResource<Policy> = {
  ...serviceKind('runServiceIamPolicies'),
  columns: { members: { type: 'text[]', index: 'gin' }, roles: 'text[]', public_roles: 'text[]' },
  listColumns: ['roles', 'public_roles'],
  async *list(client, ctx) {
    for await (const page of listRunServices(client, ctx)) {
      const items: Policy[] = [];
      for (const s of page.items) {
        const { full, short } = requireRunName('service', s.name);
        const got = await servicePolicy(client, ctx.api, full, short);
        if (got !== 'gone') items.push(got);
      }
      yield { ...page, items };
    }
  },
  get: (client, ctx, ref) => servicePolicy(client, ctx.api, ref.id, ref.name),
  convert: convertRunServicePolicy,
  identify: serviceOf,
};

async function servicePolicy(
  client: Pick<ServiceClients, 'run'>,
  api: GoogleApiCaller,
  name: string,
  short: string,
): Promise<Policy | 'gone'> {
  const what = `runServices.getIamPolicy ${name}`;
  const got = await serviceGetOrGone<Policy>(
    api,
    {
      ...runGone('runServices.getIamPolicy', name, short),
      check: (b) => checkEnvelope(b, { field: 'bindings', objectLists: ['auditConfigs'] }, what),
    },
    () => client.run.projects.locations.services.getIamPolicy({ resource: name }, noRetry),
  );
  return got === 'gone' ? got : policyFor(name, got);
}
