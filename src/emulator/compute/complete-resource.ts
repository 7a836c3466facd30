import { scopeOf } from '../estate.js';
import type { Prng } from '../prng.js';
import { isSingleton, resourceTypes, type ResourceType } from './resource-types.js';
import { computeBase, lastSegment, regionUrl, zoneUrl } from './urls.js';
import { rfc3339 } from './values.js';

/** A resource as a user writes it: any API fields; `name` and (for zonal/regional types) `zone`/`region` required. */
export type ResourceInput = Record<string, unknown> & { name?: unknown; zone?: unknown; region?: unknown };

/**
 * Fills what Google would set on a resource the user described: `kind`, `id`, `creationTimestamp`,
 * `selfLink`, and full `zone`/`region` URLs (a bare zone name is accepted). Given fields are kept.
 */
export function completeResource(
  project: string,
  type: ResourceType,
  input: ResourceInput,
  prng: Prng,
  nowMs: number,
): Record<string, unknown> {
  const spec = resourceTypes[type];
  if (typeof input.name !== 'string' || input.name === '')
    throw new Error(`A ${type} resource in project ${project} needs a name`);
  const out: Record<string, unknown> = {
    kind: spec.kind,
    id: prng.uint64String(),
    creationTimestamp: rfc3339(nowMs),
    ...input,
  };
  const scope = scopeOf(type, { zone: str(input.zone), region: str(input.region) }, project);
  if (scope.startsWith('zones/')) out['zone'] = zoneUrl(project, lastSegment(scope));
  if (scope.startsWith('regions/')) out['region'] = regionUrl(project, lastSegment(scope));
  out['selfLink'] ??= isSingleton(type)
    ? `${computeBase}/projects/${project}`
    : `${computeBase}/projects/${project}/${scope}/${spec.path}/${input.name}`;
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
