import type { run_v2 } from '@googleapis/run';
import { serviceKind } from '../kinds.js';
import { coveredLocations } from '../locations.js';
import { serviceGetOrGone } from '../get-or-gone.js';
import { noRetry, type ServiceContext, type ServiceResource } from '../service-resource.js';
import { servicePages, type ServiceListing } from '../service-paging.js';
import type { ServiceClients } from '../service-clients.js';
import { everyRegion, requireRunName } from './run-names.js';

type Service = run_v2.Schema$GoogleCloudRunV2Service;
type ListBody = run_v2.Schema$GoogleCloudRunV2ListServicesResponse;

/** Cloud Run v2 `services.list` over every region (`locations/-`), paged by `pageSize`; `unreachable` regions are not covered. */
export const runServicesListing: ServiceListing<ListBody, Service> = {
  method: 'runServices.list',
  envelope: { field: 'services', stringLists: ['unreachable'] },
  items: (b) => b.services ?? [],
  coverage: (b) => coveredLocations(b.unreachable ?? []),
};

/** Every Cloud Run service of the project. */
export function listRunServices(client: Pick<ServiceClients, 'run'>, ctx: ServiceContext) {
  return servicePages<ListBody, Service>(ctx, runServicesListing, (pageToken) =>
    client.run.projects.locations.services.list(
      {
        parent: everyRegion(ctx.scope),
        pageSize: Math.min(ctx.pageSize, 500),
        ...(pageToken ? { pageToken } : {}),
      },
      noRetry,
    ),
  );
}

/** Cloud Run's 404 for a service: NOT_FOUND, the message naming it. */
export function runGone(method: string, name: string, short: string) {
  return { method, path: name, message: `'${short}'` };
}

/** Pure: a service → row (what exposure reads: ingress, IAM-free invocation, identity, VPC egress, URL). */
export function convertRunService(s: Service) {
  const { full, location, short } = requireRunName('service', s.name);
  const vpc = s.template?.vpcAccess;
  return {
    id: full,
    name: short,
    location,
    creation_timestamp: s.createTime ?? null,
    ingress: s.ingress ?? null,
    invoker_iam_disabled: s.invokerIamDisabled === true,
    service_account: s.template?.serviceAccount ?? null,
    vpc_connector: vpc?.connector ?? null,
    vpc_egress: vpc?.egress ?? null,
    vpc_networks: (vpc?.networkInterfaces ?? []).map((n) => n.network ?? n.subnetwork ?? '').filter(Boolean),
    uri: s.uri ?? null,
    default_uri_disabled: s.defaultUriDisabled === true,
  };
}

/** Cloud Run services (Admin API v2): ingress, invoker checks, service account, VPC access, URL. */
export const runServiceResource: ServiceResource<Service> = {
  ...serviceKind('runServices'),
  columns: {
    ingress: 'text',
    invoker_iam_disabled: 'boolean',
    service_account: 'text',
    vpc_connector: 'text',
    vpc_egress: 'text',
    vpc_networks: 'text[]',
    uri: 'text',
    default_uri_disabled: 'boolean',
  },
  listColumns: ['ingress', 'service_account', 'uri'],
  list: listRunServices,
  get: (client, ctx, ref) =>
    serviceGetOrGone(
      ctx.api,
      { ...runGone('runServices.get', ref.id, ref.name), check: expectName(ref.id) },
      () => client.run.projects.locations.services.get({ name: ref.id }, noRetry),
    ),
  convert: convertRunService,
  identify: (s) => requireRunName('service', s.name).full,
};

/** A check that a Cloud Run answer is the object named `name`. */
export function expectName(name: string): (body: unknown) => void {
  return (body) => {
    const got = (body as { name?: unknown } | null)?.name;
    if (got !== name)
      throw new Error(`name is ${JSON.stringify(got ?? null)}, expected ${JSON.stringify(name)}`);
  };
}
