import type { compute_v1 } from '@googleapis/compute';
import { getOrGone, type Presence } from '../../get-or-gone.js';
import type { StoredRef } from '../../../ingest/resource.js';
import type { ComputeContext } from '../compute-resource.js';

/** Gets one interconnectAttachment by region and name, or 'gone' on Google's 404. */
export function getInterconnectAttachment(
  compute: compute_v1.Compute,
  ctx: ComputeContext,
  ref: StoredRef,
): Promise<Presence<compute_v1.Schema$InterconnectAttachment>> {
  const { projectId: project, api } = ctx;
  const path = `projects/${project}/regions/${ref.location}/interconnectAttachments/${ref.name}`;
  return getOrGone(
    api,
    { method: 'interconnectAttachments.get', kind: 'compute#interconnectAttachment', path },
    () =>
      compute.interconnectAttachments.get(
        { project, region: ref.location, interconnectAttachment: ref.name },
        { retry: false },
      ),
  );
}
