import type { compute_v1 } from '@googleapis/compute';
import type { ListPage } from '../../paging.js';
import type { ComputeContext } from '../compute-resource.js';
import { fetchProject } from './fetch.js';

/** The project's one "page": the project object itself, listed completely at location 'global'. */
export async function* listProject(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
): AsyncIterable<ListPage<compute_v1.Schema$Project>> {
  yield { items: [await fetchProject(compute, ctx)], locations: ['global'], unreachable: [] };
}
