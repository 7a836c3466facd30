import type * as GoogleRm from '@googleapis/cloudresourcemanager';
import type { cloudresourcemanager_v3 } from '@googleapis/cloudresourcemanager';
import type { compute_v1 } from '@googleapis/compute';
import { loadGoogleClient } from './load-google-client.js';

type ResourceManager = cloudresourcemanager_v3.Cloudresourcemanager;

const linked = new WeakMap<compute_v1.Compute, () => ResourceManager>();
const built = new WeakMap<compute_v1.Compute, ResourceManager>();

/** Ties a session's Compute client to its Resource Manager v3 client (own auth scope), for kinds that need both. */
export function linkResourceManager(compute: compute_v1.Compute, rm: () => ResourceManager): void {
  linked.set(compute, rm);
}

/**
 * The Resource Manager v3 client of a Compute client's session: the linked one, else one built once from the
 * Compute client's own options (root URL, fetch, auth) — how an emulator's bare Compute client reaches it.
 */
export function resourceManagerOf(compute: compute_v1.Compute): ResourceManager {
  const link = linked.get(compute);
  if (link) return link();
  let rm = built.get(compute);
  if (!rm) {
    const m = loadGoogleClient<typeof GoogleRm>('@googleapis/cloudresourcemanager');
    rm = new m.cloudresourcemanager_v3.Cloudresourcemanager({ ...compute.context._options, retry: false });
    built.set(compute, rm);
  }
  return rm;
}
