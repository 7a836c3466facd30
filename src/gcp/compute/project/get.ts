import type { compute_v1 } from '@googleapis/compute';
import type { Presence } from '../../get-or-gone.js';
import type { ComputeContext } from '../compute-resource.js';
import { fetchProject } from './fetch.js';

/** The same call as the listing; never 'gone' (deleting the project is not inferred from Compute). */
export function getProject(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): Promise<Presence<compute_v1.Schema$Project>> {
  return fetchProject(compute, ctx);
}
