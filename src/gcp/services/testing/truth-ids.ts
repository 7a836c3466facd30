import { policyFor } from '../run/service-iam-policy.js';
import { serviceResources } from '../registry.js';

/**
 * A project's services ground truth of one kind by the id Hotpot stores each object under. A Cloud Run policy
 * names no service: the emulator's truth lists one per service, in the services' order, so it takes its service's.
 */
export function serviceObjectsById(
  truth: Readonly<Record<string, readonly unknown[]>>,
  plural: string,
): Map<string, unknown> {
  const resource = serviceResources.find((r) => r.plural === plural);
  if (!resource) throw new Error(`no service kind ${plural}`);
  const objects = truth[plural] ?? [];
  if (plural !== 'runServiceIamPolicies') return new Map(objects.map((o) => [resource.identify(o), o]));
  const services = (truth['runServices'] ?? []) as { name?: string | null }[];
  if (services.length !== objects.length)
    throw new Error(`${services.length} Cloud Run services but ${objects.length} policies: cannot pair them`);
  return new Map(
    objects.map((o, i) => [resource.identify(policyFor(services[i]!.name ?? '', o as object)), o]),
  );
}
