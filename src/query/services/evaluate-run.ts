import type { run_v2 } from '@googleapis/run';
import type { ServiceExposureRow } from './evaluate-services.js';

type Base = Pick<ServiceExposureRow, 'scope' | 'resource' | 'location'>;

/** Roles that carry `run.routes.invoke` on a service (Cloud Run's IAM roles reference). */
const invokerRoles = new Set([
  'roles/run.invoker',
  'roles/run.servicesInvoker',
  'roles/run.admin',
  'roles/editor',
  'roles/owner',
]);

/**
 * A Cloud Run service anyone on the internet may invoke: ingress `INGRESS_TRAFFIC_ALL` (requests from the
 * internet reach its `run.app` URL) with that URL on (`defaultUriDisabled` not true), and either the invoker
 * IAM check is off (`invokerIamDisabled`) or its IAM policy grants an invoking role to `allUsers` or
 * `allAuthenticatedUsers`. Internal ingress (`INGRESS_TRAFFIC_INTERNAL_ONLY`, `…_INTERNAL_LOAD_BALANCER`) is
 * reachable only from VPC networks or through a load balancer, which Hotpot does not follow (said in a note).
 */
export function runServiceExposure(
  base: Base,
  service: run_v2.Schema$GoogleCloudRunV2Service,
  policy: run_v2.Schema$GoogleIamV1Policy | undefined,
): ServiceExposureRow[] {
  if (service.ingress !== 'INGRESS_TRAFFIC_ALL' || service.defaultUriDisabled === true) return [];
  const row = {
    ...base,
    service: 'run' as const,
    kind: 'runServices',
    access: `invoke ${service.uri ?? ''}`.trim(),
  };
  if (service.invokerIamDisabled === true)
    return [
      {
        ...row,
        from: 'any address',
        deciding_setting: 'ingress: INGRESS_TRAFFIC_ALL; invokerIamDisabled: true',
      },
    ];
  const rows: ServiceExposureRow[] = [];
  for (const b of policy?.bindings ?? []) {
    if (!invokerRoles.has(b.role ?? '')) continue;
    for (const m of b.members ?? [])
      if (m === 'allUsers' || m === 'allAuthenticatedUsers')
        rows.push({
          ...row,
          from: m,
          deciding_setting: `ingress: INGRESS_TRAFFIC_ALL; iamPolicy ${b.role}: ${m}`,
        });
  }
  return rows;
}
