import type { compute_v1 } from '@googleapis/compute';
import type { ComputeResource } from '../compute-resource.js';
import { computeKind } from '../kinds.js';
import { identifyBy } from '../identity.js';
import { convertProject } from './convert.js';
import { fetchProject } from './fetch.js';

/** The project itself (`projects.get`): common instance metadata, default service account, Shared VPC status. */
export const projectResource: ComputeResource<compute_v1.Schema$Project> = {
  ...computeKind('projects'),
  columns: {
    default_service_account: 'text',
    xpn_project_status: 'text',
    default_network_tier: 'text',
    enable_oslogin: 'boolean',
    metadata_keys: 'text[]',
  },
  listColumns: ['enable_oslogin', 'xpn_project_status', 'default_service_account'],
  /** One "page": the project object itself, listed completely at location 'global'. */
  async *list(compute, ctx) {
    yield { items: [await fetchProject(compute, ctx)], locations: ['global'], unreachable: [] };
  },
  /** The same call; never 'gone' (deleting the project is not inferred from Compute). */
  get: fetchProject,
  convert: convertProject,
  identify: identifyBy('project'),
};
