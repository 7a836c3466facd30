import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import { noRetry } from '../collection.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one global or regional instanceTemplate (told apart by its selfLink), or 'gone' on Google's 404. */
export function getInstanceTemplate(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$InstanceTemplate>> {
  const { projectId: project, api } = ctx;
  if (ref.selfLink?.includes('/regions/')) {
    const path = `projects/${project}/regions/${ref.location}/instanceTemplates/${ref.name}`;
    return getOrGone(
      api,
      { method: 'regionInstanceTemplates.get', kind: 'compute#instanceTemplate', path },
      () =>
        compute.regionInstanceTemplates.get(
          { project, region: ref.location, instanceTemplate: ref.name },
          noRetry,
        ),
    );
  }
  const path = `projects/${project}/global/instanceTemplates/${ref.name}`;
  return getOrGone(api, { method: 'instanceTemplates.get', kind: 'compute#instanceTemplate', path }, () =>
    compute.instanceTemplates.get({ project, instanceTemplate: ref.name }, noRetry),
  );
}
