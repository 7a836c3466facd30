import type { compute_v1 } from '@googleapis/compute';
import { MalformedListingError } from '../../listing-shape.js';
import { noRetry } from '../collection.js';
import type { ComputeContext } from '../compute-resource.js';

/**
 * `projects.get`: the project as Compute sees it. A 404 fails with GcpProjectNotFound like any listing of a
 * missing project, so it never proves the project gone.
 */
export function fetchProject(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): Promise<compute_v1.Schema$Project> {
  const what = `projects.get projects/${ctx.scope}`;
  return ctx.api.call(
    what,
    () => compute.projects.get({ project: ctx.scope }, noRetry),
    (body) => {
      const b = body as { kind?: unknown; id?: unknown };
      if (b.kind !== 'compute#project' || typeof b.id !== 'string')
        throw new MalformedListingError(
          `${what}: not a compute#project (kind ${JSON.stringify(b.kind ?? null)})`,
        );
    },
  );
}
